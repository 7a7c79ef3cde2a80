namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1035–CL1039 (package managers) and CL1041–CL1099: image hygiene, runtime configuration and Dockerfile correctness.</summary>
internal static class HygieneRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } =
    [
        new UnpinnedPackageVersions(),
        new UpdateWithoutInstall(),
        new FullDistributionUpgrade(),
        new AptUsedInsteadOfAptGet(),
        new MissingNonInteractiveFlag(),
        new InstallsRecommendedPackages(),
        new PackageCacheNotCleaned(),
        new AdminToolInImage(),
        new BothCurlAndWget(),
        new WholeFilesystemCopiedFromStage(),
        new ConsecutiveRunInstructions(),
        new ArchiveExtractedManually(),
        new SshPortExposed(),
        new SshServerInstalled(),
        new InvalidExposedPort(),
        new PrivilegedPortExposed(),
        new NoHealthcheck(),
        new MultipleHealthchecks(),
        new MultipleCmd(),
        new MultipleEntrypoint(),
        new SensitiveDirectoryAsVolumeOrWorkdir(),
        new ShellFormEntrypointOrCmd(),
        new PipeWithoutPipefail(),
        new BinShReplaced(),
        new RelativeWorkdir(),
        new CdInsteadOfWorkdir(),
        new CopyRelativeDestinationWithoutWorkdir(),
        new CopyMultipleSourcesToFile(),
        new CopyFromUnknownStage(),
        new CopyFromCurrentStage(),
        new DuplicateStageName(),
        new ReservedStageName(),
        new MaintainerDeprecated(),
        new InvalidOnbuildTrigger(),
        new EnvSelfReference(),
        new UndefinedVariable(),
        new InstructionBeforeFrom(),
        new WorldWritablePermissions(),
        new InconsistentInstructionCasing(),
        new LegacyKeyValueFormat(),
    ];
}
