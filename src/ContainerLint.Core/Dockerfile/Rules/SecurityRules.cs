namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1001–CL1040: secrets, users, base images and download integrity.</summary>
internal static class SecurityRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } =
    [
        new SecretFileAddedToImage(),
        new SecretFileRemovedInLaterLayer(),
        new SecretNameInArgOrEnv(),
        new SecretValueInArgOrEnv(),
        new SecretInLabel(),
        new CredentialsInRunCommand(),
        new BuildContextMayLeakSecrets(),
        new PasswordSetInImage(),
        new NoNonRootUser(),
        new FinalUserIsRoot(),
        new UserNotNumeric(),
        new SudoUsed(),
        new SetuidBitSet(),
        new UseraddHighUidWithoutNoLogInit(),
        new DuplicateUserId(),
        new BaseImageUsesLatestTag(),
        new BaseImageUntagged(),
        new BaseImageNotPinnedByDigest(),
        new UntrustedBaseImageRegistry(),
        new EndOfLifeBaseImage(),
        new SdkImageInFinalStage(),
        new UndefinedArgInFrom(),
        new FromPlatformFlagMisuse(),
        new ContentTrustDisabled(),
        new TlsVerificationDisabled(),
        new PackageSignatureCheckDisabled(),
        new AddUsedForLocalFiles(),
        new RemoteDownloadWithoutChecksum(),
        new PipeToShell(),
        new AptKeyAddWithoutFingerprint(),
    ];
}
