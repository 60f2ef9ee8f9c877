// electron-builder afterPack hook: flips Electron's fuses in the packaged binary so a
// shipped Passerelle cannot be turned into a general Node.js runtime or debugged remotely.
// The Playwright Electron suite runs on the unpackaged build, which keeps NodeCliInspect.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** @param {import('electron-builder').AfterPackContext} context */
exports.default = async function flipPasserelleFuses(context) {
  const name = context.packager.appInfo.productFilename;
  const binaryByPlatform = {
    darwin: path.join(context.appOutDir, `${name}.app`),
    mas: path.join(context.appOutDir, `${name}.app`),
    win32: path.join(context.appOutDir, `${name}.exe`),
    linux: path.join(context.appOutDir, context.packager.executableName),
  };
  const binary = binaryByPlatform[context.electronPlatformName];
  if (!binary) throw new Error(`No fuse target for platform ${context.electronPlatformName}`);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  });
};
