import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScrollArea } from '../../renderer/src/components/ScrollArea';

describe('a sideways scroll area', () => {
  it('is a named region that the keyboard reaches, even with nothing focusable inside', async () => {
    render(
      <>
        <h2 id="months">Month by month</h2>
        <ScrollArea labelledBy="months" className="table-scroll">
          <table>
            <tbody>
              <tr>
                <td>1,234.56</td>
              </tr>
            </tbody>
          </table>
        </ScrollArea>
      </>,
    );
    const region = screen.getByRole('region', { name: 'Month by month' });
    expect(region).toHaveClass('scroll-area', 'table-scroll');
    await userEvent.setup().tab();
    expect(region).toHaveFocus();
  });

  it('can be named directly', () => {
    render(<ScrollArea label="Applications board">cards</ScrollArea>);
    expect(screen.getByRole('region', { name: 'Applications board' })).toHaveTextContent('cards');
  });

  it('hands its own scrolling element to a ref, so a virtualiser can watch that scroll', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ScrollArea ref={ref} label="Applications">
        rows
      </ScrollArea>,
    );
    expect(ref.current).toBe(screen.getByRole('region', { name: 'Applications' }));
  });
});
