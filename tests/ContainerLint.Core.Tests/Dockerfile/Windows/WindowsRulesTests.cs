namespace ContainerLint.Core.Tests.Dockerfile.Windows;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>
/// The rules on Windows Dockerfiles: RUNs read as PowerShell or cmd (from SHELL, the base image, or the exec-form
/// program), in the styles of the official .NET images, Chocolatey's install line and the Windows samples.
/// </summary>
public sealed class WindowsRulesTests
{
    private const string ServerCore = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n";
    private const string PowerShell = "SHELL [\"powershell\", \"-Command\", \"$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';\"]\n";

    [Theory]
    // dotnet/dotnet-docker: powershell -Command "…" from cmd, each download checked with Get-FileHash -ne.
    [InlineData("# escape=`\n" + ServerCore + "RUN powershell -Command \" `\n        $ErrorActionPreference = 'Stop'; `\n        Invoke-WebRequest -OutFile mingit.zip https://github.com/git-for-windows/git/releases/download/v2.55.0.windows.3/MinGit-2.55.0.3-64-bit.zip; `\n        $mingit_sha256 = 'f48e2d2dc74a24454adc6d8fd0ac25bf9c2386f19cfb06202b9465aaad4f9f05'; `\n        if ((Get-FileHash mingit.zip -Algorithm sha256).Hash -ne $mingit_sha256) { `\n            exit 1; `\n        }; `\n        tar --gzip --extract --no-same-owner --file mingit.zip --directory MinGit\"\n")]
    // The same without the check.
    [InlineData("# escape=`\n" + ServerCore + "RUN powershell -Command `\n        Invoke-WebRequest -OutFile nginx.zip {|CL1033:http://nginx.org/download/nginx-1.20.2.zip|}; `\n        Expand-Archive nginx.zip -DestinationPath C:\\\n")]
    // SHELL powershell; aliases, $env URLs, -Uri, positional URLs.
    [InlineData(ServerCore + PowerShell + "RUN iwr -UseBasicParsing {|CL1033:$env:GIT_DOWNLOAD_URL|} -OutFile git.zip; Expand-Archive git.zip C:\\git\n")]
    [InlineData(ServerCore + PowerShell + "RUN Invoke-WebRequest -Uri {|CL1033:\"https://github.com/caddyserver/caddy/releases/download/v2.11.2/caddy_2.11.2_windows_amd64.zip\"|} -OutFile /caddy.zip\n")]
    // caddy-docker's check: .Hash.ToLower().Equals('…').
    [InlineData(ServerCore + PowerShell + "RUN Invoke-WebRequest -Uri \"https://github.com/caddyserver/caddy/releases/download/v2.11.2/caddy_2.11.2_windows_amd64.zip\" -OutFile \"/caddy.zip\"; \\\n    if (!(Get-FileHash -Path /caddy.zip -Algorithm SHA512).Hash.ToLower().Equals('77db9ab0')) { exit 1; }\n")]
    // A hash printed, not compared, verifies nothing.
    [InlineData(ServerCore + PowerShell + "RUN Invoke-WebRequest {|CL1033:https://example.com/tool.zip|} -OutFile tool.zip; Get-FileHash tool.zip\n")]
    // WebClient, BITS, certutil and bitsadmin download too; certutil -hashfile checks.
    [InlineData(ServerCore + PowerShell + "RUN (New-Object System.Net.WebClient).DownloadFile({|CL1033:'https://msdnshared.blob.core.windows.net/media/2016/04/NanoServerApiScan.zip'|}, 'C:\\scan.zip')\n")]
    [InlineData(ServerCore + PowerShell + "RUN Start-BitsTransfer -Source {|CL1033:https://example.com/setup.exe|} -Destination C:\\setup.exe\n")]
    [InlineData(ServerCore + "RUN certutil -urlcache -split -f {|CL1033:https://example.com/setup.exe|} C:\\setup.exe\n")]
    [InlineData(ServerCore + "RUN certutil -urlcache -split -f https://example.com/setup.exe C:\\setup.exe && certutil -hashfile C:\\setup.exe SHA256 | findstr /i 5f2a\n")]
    [InlineData(ServerCore + "RUN bitsadmin /transfer job /download /priority normal {|CL1033:https://example.com/setup.exe|} C:\\setup.exe\n")]
    // curl.exe in cmd is curl.
    [InlineData("FROM mcr.microsoft.com/windows:1809\nRUN curl.exe -o get-pip.py {|CL1033:https://bootstrap.pypa.io/get-pip.py|} && python get-pip.py\n")]
    // An exec-form RUN of powershell, and a .NET Framework base image (cmd by default).
    [InlineData(ServerCore + "RUN [\"powershell\", \"-Command\", \"Invoke-WebRequest {|CL1033:https://example.com/a.zip|} -OutFile a.zip\"]\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/framework/sdk:4.8\nRUN curl.exe -Lo C:\\nuget.exe {|CL1033:https://dist.nuget.org/win-x86-commandline/v6.12.1/nuget.exe|}\n")]
    // Windows PowerShell's curl is Invoke-WebRequest; an Invoke-WebRequest kept in a variable is not a file.
    [InlineData(ServerCore + PowerShell + "RUN curl {|CL1033:https://example.com/a.msi|} -OutFile a.msi; $r = Invoke-WebRequest https://example.com/version.txt -UseBasicParsing\n")]
    public void DownloadsWithoutAHashCheck(string markup) => DockerfileRuleHarness.Verify("CL1033", markup);

    [Theory]
    // StefanScherer/dockerfiles-windows chocolatey, the Chocolatey docs, and iwr | iex.
    [InlineData(ServerCore + "RUN powershell -Command \\\n    {|CL1034:iex|} ((new-object net.webclient).DownloadString('https://chocolatey.org/install.ps1')); \\\n    choco feature disable --name showDownloadProgress\n")]
    [InlineData(ServerCore + "RUN @powershell -NoProfile -ExecutionPolicy Bypass -Command \"{|CL1034:iex|} ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))\" && SET \"PATH=%PATH%;%ALLUSERSPROFILE%\\chocolatey\\bin\"\n")]
    [InlineData(ServerCore + PowerShell + "RUN iwr https://chocolatey.org/install.ps1 -UseBasicParsing | {|CL1034:iex|} ; choco feature disable --name showDownloadProgress\n")]
    [InlineData(ServerCore + PowerShell + "RUN & ([scriptblock]::{|CL1034:Create|}((irm https://aka.ms/install-tool.ps1)))\n")]
    // A script downloaded to a file, checked, then run is the fix.
    [InlineData(ServerCore + PowerShell + "RUN Invoke-WebRequest https://community.chocolatey.org/install.ps1 -OutFile install.ps1; if ((Get-FileHash install.ps1).Hash -ne $env:CHOCO_SHA256) { exit 1 }; .\\install.ps1\n")]
    [InlineData(ServerCore + PowerShell + "RUN $cmd = 'Write-Host hi'; Invoke-Expression $cmd\n")]
    public void DownloadedScriptsRunDirectly(string markup) => DockerfileRuleHarness.Verify("CL1034", markup);

    [Theory]
    [InlineData(ServerCore + PowerShell + "RUN Invoke-WebRequest https://internal.example.com/a.zip -OutFile a.zip {|CL1030:-SkipCertificateCheck|}\n")]
    [InlineData(ServerCore + PowerShell + "RUN Invoke-RestMethod https://internal.example.com/api -SkipCertificateCheck:$false\n")]
    [InlineData(ServerCore + PowerShell + "RUN [System.Net.ServicePointManager]::{|CL1030:ServerCertificateValidationCallback|} = { $true }; Invoke-WebRequest https://internal.example.com/a.zip -OutFile a.zip\n")]
    [InlineData(ServerCore + PowerShell + "RUN [Net.ServicePointManager]::ServerCertificateValidationCallback = $null\n")]
    [InlineData(ServerCore + PowerShell + "RUN [Net.ServicePointManager]::{|CL1030:CertificatePolicy|} = New-Object TrustAllCertsPolicy\n")]
    // Inside PowerShell and cmd, the programs and the variables are the same as elsewhere.
    [InlineData(ServerCore + "RUN curl.exe {|CL1030:-k|} -o a.zip https://internal.example.com/a.zip\n")]
    [InlineData(ServerCore + PowerShell + "RUN {|CL1030:$env:NODE_TLS_REJECT_UNAUTHORIZED = '0'|}; npm ci\n")]
    [InlineData(ServerCore + "RUN {|CL1030:setx /M GIT_SSL_NO_VERIFY true|}\n")]
    [InlineData(ServerCore + PowerShell + "RUN git config --global {|CL1030:http.sslVerify|} false\n")]
    [InlineData(ServerCore + PowerShell + "RUN [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest https://example.com/a.zip -OutFile a.zip\n")]
    public void CertificateChecksTurnedOff(string markup) => DockerfileRuleHarness.Verify("CL1030", markup);

    [Theory]
    [InlineData(ServerCore + PowerShell + "RUN Set-ExecutionPolicy {|CL1083:Unrestricted|} -Force; .\\install.ps1\n")]
    [InlineData(ServerCore + PowerShell + "RUN Set-ExecutionPolicy -ExecutionPolicy {|CL1083:Bypass|} -Scope LocalMachine -Force\n")]
    [InlineData(ServerCore + "RUN powershell -Command Set-ExecutionPolicy {|CL1083:Bypass|} CurrentUser\n")]
    // Process scope and powershell.exe's own switch last as long as the process.
    [InlineData(ServerCore + PowerShell + "RUN Set-ExecutionPolicy Bypass -Scope Process -Force; iex .\\install.ps1\n")]
    [InlineData(ServerCore + "RUN powershell -NoProfile -ExecutionPolicy Bypass -File C:\\install.ps1\n")]
    // Set back before the image ends, or only in a build stage.
    [InlineData(ServerCore + PowerShell + "RUN Set-ExecutionPolicy Unrestricted -Force; .\\install.ps1\nRUN Set-ExecutionPolicy RemoteSigned -Force\n")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\n" + PowerShell + "RUN Set-ExecutionPolicy Unrestricted -Force; .\\build.ps1\n" + ServerCore + "COPY --from=build C:/out C:/app\n")]
    [InlineData(ServerCore + PowerShell + "RUN Set-ExecutionPolicy RemoteSigned\n")]
    public void ExecutionPolicyLeftOpen(string markup) => DockerfileRuleHarness.Verify("CL1083", markup);

    [Theory]
    [InlineData(ServerCore + PowerShell + "RUN choco install -y {|CL1048:hugo|}\n")]
    [InlineData(ServerCore + PowerShell + "RUN choco install {|CL1048:make|} {|CL1048:dep|} {|CL1048:git.portable|} -y\n")]
    [InlineData(ServerCore + PowerShell + "RUN choco install -y {|CL1048:git|} -params \"/GitAndUnixToolsOnPath\"\n")]
    [InlineData(ServerCore + PowerShell + "RUN choco install -y ruby --version $env:RUBY_VERSION; choco install -y golang -version 1.23.4; choco install nodejs --version=22.12.0 -y\n")]
    [InlineData(ServerCore + "RUN cinst -y {|CL1048:7zip|}\n")]
    [InlineData(ServerCore + PowerShell + "RUN choco feature disable --name showDownloadProgress; choco install -y packages.config\n")]
    [InlineData(ServerCore + PowerShell + "RUN Install-Module -Name {|CL1048:Az|} -AllowClobber -Scope AllUsers -Confirm:$False -Force\n")]
    [InlineData(ServerCore + PowerShell + "RUN Install-Module -Name Pester -RequiredVersion 5.6.1 -Force; Install-PSResource -Name PSReadLine -Version 2.3.6\n")]
    public void UnpinnedChocolateyAndGalleryPackages(string markup) => DockerfileRuleHarness.Verify("CL1048", markup);

    [Fact]
    public void ChocolateyMessagesShowHowToPin()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1048", ServerCore + PowerShell + "RUN choco install -y hugo\n"));
        Assert.Equal("Package 'hugo' (choco install) is not pinned to a version; pin it (e.g. hugo --version=<version>) or install from a lock file so rebuilds install what you tested.", finding.Message);
    }

    [Theory]
    // ContainerAdministrator is the Windows root; Server Core runs as it, Nano Server as ContainerUser.
    [InlineData("CL1011", ServerCore + "USER {|CL1011:ContainerAdministrator|}\nCMD [\"cmd\"]\n")]
    [InlineData("CL1011", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS build\nUSER ContainerAdministrator\nRUN setx /M PATH \"%PATH%;C:\\tools\"\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n")]
    [InlineData("CL1011", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER {|CL1011:containeradministrator|}\n")]
    // An application image (a bare CMD ["cmd"] is a toolchain base, which CL1010 leaves alone).
    [InlineData("CL1010", "FROM {|CL1010:mcr.microsoft.com/windows/servercore:ltsc2022|}\nCOPY app.exe C:/app/\nCMD [\"C:/app/app.exe\"]\n")]
    [InlineData("CL1010", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\nCMD [\"C:/app/app.exe\"]\n")]
    [InlineData("CL1010", ServerCore + "USER ContainerUser\n")]
    [InlineData("CL1012", ServerCore + "USER ContainerUser\n")]
    public void TheWindowsAdministratorIsRoot(string ruleId, string markup) => DockerfileRuleHarness.Verify(ruleId, markup, LintConfiguration.Default);

    [Fact]
    public void CommandsOfPowerShellRunsAreReadAsThemselvesNotAsPosixShell()
    {
        // Read as sh, the PowerShell here would be one command 'Write-Host' with arguments; read as PowerShell, apt-get is a string.
        const string text = ServerCore + PowerShell + "RUN Write-Host \"`\"; apt-get install -y curl\"\n";
        Assert.Empty(DockerfileRuleHarness.Hits("CL1041", text));
        Assert.Empty(DockerfileRuleHarness.Hits("CL1035", text));
    }
}
