namespace ContainerLint.Core.Tests.Secrets;

using ContainerLint.Core.Secrets;

/// <summary>Which files of a build context hold secrets: by name, and for registry configurations and PEM files by their text.</summary>
public sealed class SecretFilesTests
{
    [Theory]
    [InlineData(".env", SecretFileKind.EnvironmentFile)]
    [InlineData("services/api/.env.production", SecretFileKind.EnvironmentFile)]
    [InlineData(".env.example", SecretFileKind.None)]
    [InlineData(".env.template", SecretFileKind.None)]
    [InlineData("deploy/id_rsa", SecretFileKind.PrivateKey)]
    [InlineData("deploy/id_ed25519_github", SecretFileKind.PrivateKey)]
    [InlineData("deploy/id_rsa.pub", SecretFileKind.None)]
    [InlineData("keys/id_rsa_backup", SecretFileKind.PrivateKey)]
    [InlineData("idempotent.txt", SecretFileKind.None)]
    [InlineData("keys/putty.ppk", SecretFileKind.PrivateKey)]
    [InlineData("certs/server.pfx", SecretFileKind.KeyStore)]
    [InlineData("android/app/release.keystore", SecretFileKind.KeyStore)]
    [InlineData(".kube/config", SecretFileKind.Kubeconfig)]
    [InlineData("ops/staging.kubeconfig", SecretFileKind.Kubeconfig)]
    [InlineData("config", SecretFileKind.None)]
    [InlineData("home/.aws/credentials", SecretFileKind.Credentials)]
    [InlineData(".git-credentials", SecretFileKind.Credentials)]
    [InlineData("infra/terraform.tfstate", SecretFileKind.TerraformState)]
    [InlineData("src/keys.go", SecretFileKind.None)]
    public void FilesKnownByName(string path, SecretFileKind kind)
    {
        Assert.False(SecretFiles.NeedsContent(path));
        Assert.Equal(kind, SecretFiles.Classify(path, isFolder: false, content: null));
    }

    [Theory]
    [InlineData(".npmrc", "//registry.npmjs.org/:_authToken=npm_AbCdEf0123456789\n", SecretFileKind.Credentials)]
    [InlineData(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n", SecretFileKind.None)]
    [InlineData(".npmrc", "registry=https://registry.npmjs.org/\nsave-exact=true\n", SecretFileKind.None)]
    [InlineData("web/.npmrc", "_auth = dXNlcjpwYXNz\n", SecretFileKind.Credentials)]
    [InlineData(".pypirc", "[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc\n", SecretFileKind.Credentials)]
    [InlineData(".pypirc", "[pypi]\nusername = __token__\n", SecretFileKind.None)]
    [InlineData(".netrc", "machine github.com login bot password ghp_0123456789abcdef\n", SecretFileKind.Credentials)]
    [InlineData(".docker/config.json", "{\"auths\":{\"ghcr.io\":{\"auth\":\"Ym90OnRva2Vu\"}}}", SecretFileKind.Credentials)]
    [InlineData(".docker/config.json", "{\"credsStore\":\"desktop\",\"auths\":{\"ghcr.io\":{}}}", SecretFileKind.None)]
    [InlineData("tls/server.pem", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n", SecretFileKind.PrivateKey)]
    [InlineData("tls/server.key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n", SecretFileKind.PrivateKey)]
    [InlineData("tls/ca.pem", "-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n", SecretFileKind.None)]
    [InlineData("slides/talk.key", null, SecretFileKind.None)]
    public void FilesJudgedByTheirText(string path, string? content, SecretFileKind kind)
    {
        Assert.True(SecretFiles.NeedsContent(path));
        Assert.Equal(kind, SecretFiles.Classify(path, isFolder: false, content));
    }

    [Theory]
    [InlineData(".git", SecretFileKind.GitFolder)]
    [InlineData("vendor/lib/.git", SecretFileKind.GitFolder)]
    [InlineData(".github", SecretFileKind.None)]
    [InlineData(".env", SecretFileKind.None)]
    public void Folders(string path, SecretFileKind kind) => Assert.Equal(kind, SecretFiles.Classify(path, isFolder: true, content: null));
}
