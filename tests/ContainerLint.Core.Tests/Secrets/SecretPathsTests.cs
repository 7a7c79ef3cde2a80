namespace ContainerLint.Core.Tests.Secrets;

using ContainerLint.Core.Secrets;

/// <summary>Which COPY/ADD sources and context files name a secret (the test reads the name in place, lower-cased on the stack).</summary>
public sealed class SecretPathsTests
{
    [Theory]
    [InlineData(".kube/config", true)]
    [InlineData("home/app/.KUBE/Config", true)]
    [InlineData("C:\\Users\\app\\.kube\\config", true)]
    [InlineData("root/.aws/credentials/", true)]
    [InlineData("ci\\.docker\\config.json", true)]
    [InlineData("deploy/.env", true)]
    [InlineData("deploy/.ENV.local", true)]
    [InlineData("keys/ID_RSA", true)]
    [InlineData("id_ed25519.old", true)]
    [InlineData("certs/server.PEM", true)]
    [InlineData("certs\\server.key\\", true)]
    [InlineData("config/api-token.txt", true)]
    [InlineData("config/db_password", true)]
    [InlineData("Secrets.Json", true)]
    [InlineData("keys/id_rsa.pub", false)]
    [InlineData("apt/repo-key.gpg", false)]
    [InlineData("src/token.go", false)]
    [InlineData("src/keyboard.c", false)]
    [InlineData("docs/monkey.txt", false)]
    [InlineData("app/", false)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("kube/config", false)]
    public void NamesSecretFiles(string path, bool expected) => Assert.Equal(expected, SecretPaths.IsSecretPath(path));
}
