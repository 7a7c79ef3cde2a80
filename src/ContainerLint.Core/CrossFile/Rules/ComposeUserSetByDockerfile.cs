namespace ContainerLint.Core.CrossFile.Rules;

using ContainerLint.Core.Knowledge;
/// <summary>
/// CL3010 ("user root or unset") is satisfied for a service without <c>user:</c> whose <c>build:</c>
/// Dockerfile, in the linted set, ends with a non-root USER: the image already runs unprivileged.
/// An explicit <c>user: root</c> overrides the image, so that finding stays.
/// </summary>
public sealed class ComposeUserSetByDockerfile : CrossFileFilter
{
    public override string RuleId => "CL3010";

    public override IEnumerable<(FileFacts File, string Object)> Satisfied(CrossFileSet set)
    {
        foreach (var file in set.OfType<ComposeFacts>())
        {
            foreach (var service in file.Services)
            {
                if (service.User is not null) continue;
                if (set.DockerfileFor(file, service)?.FinalUser.Kind is UserKind.NonRootNumeric or UserKind.NonRootName) yield return (file, service.Reference);
            }
        }
    }
}
