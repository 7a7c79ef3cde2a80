namespace ContainerLint.Core.Tests.Images;

using ContainerLint.Core.Images;

/// <summary>Which base images are Windows images (their RUNs run under cmd unless SHELL says otherwise).</summary>
public sealed class ImageDefaultsTests
{
    [Theory]
    [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", true)]
    [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", true)]
    [InlineData("mcr.microsoft.com/windows:1809", true)]
    [InlineData("mcr.microsoft.com/windows/server:ltsc2025", true)]
    [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8.1", true)]
    [InlineData("mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019", true)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022", true)]
    [InlineData("mcr.microsoft.com/iis:windowsservercore-ltsc2022", true)]
    [InlineData("microsoft/windowsservercore", true)]
    [InlineData("microsoft/iis", true)]
    [InlineData("microsoft/dotnet-framework:4.7.2-sdk", true)]
    [InlineData("golang:1.9-nanoserver", true)]
    [InlineData("python:3.13-windowsservercore-ltsc2022", true)]
    [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-1809", true)]
    [InlineData("mcr.microsoft.com/powershell:lts-ubuntu-22.04", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", false)]
    [InlineData("mcr.microsoft.com/mssql/server:2022-latest", false)]
    [InlineData("debian:12", false)]
    public void WindowsImagesAreKnown(string reference, bool windows)
    {
        Assert.Equal(windows, ImageDefaults.IsWindows(ImageReference.TryParse(reference)!));
        Assert.Equal(windows, ImageDefaults.IsWindows(reference));
    }

    [Fact]
    public void AnImageNameWithAVariableIsJudgedByItsWords()
    {
        Assert.True(ImageDefaults.IsWindows("mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}"));
        Assert.True(ImageDefaults.IsWindows("${REGISTRY}/dotnet/aspnet:8.0-nanoserver-${OS}"));
        Assert.False(ImageDefaults.IsWindows("${BASE}"));
    }
}
