namespace ContainerLint.Core.Tests.Dockerfile.Windows;

using ContainerLint.Core.Dockerfile.Analysis.Windows;

/// <summary>The PowerShell and cmd readers on the command lines of real Windows Dockerfiles.</summary>
public sealed class WindowsScriptTests
{
    private static string Commands(WindowsScript script) => string.Join(" | ", script.Commands.Select(c => c.Name + (c.Arguments.Count == 0 ? "" : " " + string.Join(' ', c.Arguments.Select(a => a.Value)))));

    [Fact]
    public void DotnetDockerInstallerStepInCmdRunsPowerShell()
    {
        // dotnet/dotnet-docker src/sdk/10.0/windowsservercore-ltsc2022: a cmd RUN whose one command is powershell -Command "…" (lines joined by BuildKit).
        const string text = "powershell -Command \"         $ErrorActionPreference = 'Stop';         $ProgressPreference = 'SilentlyContinue';                  "
            + "Invoke-WebRequest -OutFile mingit.zip https://github.com/git-for-windows/git/releases/download/v2.55.0.windows.3/MinGit-2.55.0.3-64-bit.zip;         "
            + "$mingit_sha256 = 'f48e2d2dc74a24454adc6d8fd0ac25bf9c2386f19cfb06202b9465aaad4f9f05';         "
            + "if ((Get-FileHash mingit.zip -Algorithm sha256).Hash -ne $mingit_sha256) {             Write-Host 'CHECKSUM VERIFICATION FAILED!';             exit 1;         };         "
            + "mkdir MinGit;         tar --gzip --extract --no-same-owner --file mingit.zip --directory MinGit;         Remove-Item -Force mingit.zip\"";
        var script = WindowsScript.Parse(text, WindowsLanguage.Cmd);
        Assert.Equal(
            "powershell -Command " + text[20..].Trim('"') + " | invoke-webrequest -OutFile mingit.zip https://github.com/git-for-windows/git/releases/download/v2.55.0.windows.3/MinGit-2.55.0.3-64-bit.zip"
            + " | get-filehash mingit.zip -Algorithm sha256 | write-host CHECKSUM VERIFICATION FAILED! | new-item MinGit"
            + " | tar --gzip --extract --no-same-owner --file mingit.zip --directory MinGit | remove-item -Force mingit.zip",
            Commands(script));
        var iwr = script.Commands[1];
        Assert.Equal(WindowsLanguage.PowerShell, iwr.Language);
        Assert.True(iwr.IsCmdlet);
        Assert.Equal("mingit.zip", iwr.ParameterValue("OutFile")!.Value);
        Assert.StartsWith("https://github.com/", iwr.Positionals().Single().Value, StringComparison.Ordinal);
        Assert.Single(script.Comparisons);
        // The offsets are the text's: the URL is where it is written.
        var url = iwr.Positionals().Single();
        Assert.Equal(url.Value, text[url.Start..url.End]);
        Assert.False(script.Commands[5].IsCmdlet);
    }

    [Fact]
    public void ChocolateyInstallIdiomIsAnInvokeExpressionOfADownloadString()
    {
        // StefanScherer/dockerfiles-windows chocolatey: RUN powershell -Command iex ((new-object net.webclient).DownloadString('…')); choco feature disable …
        const string text = "powershell -Command     iex ((new-object net.webclient).DownloadString('https://chocolatey.org/install.ps1'));     choco feature disable --name showDownloadProgress";
        var script = WindowsScript.Parse(text, WindowsLanguage.Cmd);
        Assert.Equal(["powershell", "invoke-expression", "new-object", "choco"], script.Commands.Select(c => c.Name));
        var download = Assert.Single(script.Members);
        Assert.Equal("DownloadString", download.Name);
        Assert.True(download.IsInvoked);
        Assert.Equal("https://chocolatey.org/install.ps1", Assert.Single(download.Arguments).Value);
        var iex = script.Commands[1];
        Assert.InRange(download.Start, iex.NameWord.End, iex.End);
        Assert.Equal(["feature", "disable", "--name", "showDownloadProgress"], script.Commands[3].Arguments.Select(a => a.Value));
    }

    [Theory]
    [InlineData("iwr https://chocolatey.org/install.ps1 -UseBasicParsing | iex ; choco install -y ruby --version $env:RUBY_VERSION", "invoke-webrequest https://chocolatey.org/install.ps1 -UseBasicParsing | invoke-expression | choco install -y ruby --version $env:RUBY_VERSION")]
    [InlineData("Invoke-WebRequest -Uri $('https://rubygems.org/downloads/rubygems-update-{0}.gem' -f $env:RUBYGEMS_VERSION) -OutFile C:\\rubygems-update.gem", "invoke-webrequest -Uri $('https://rubygems.org/downloads/rubygems-update-{0}.gem' -f $env:RUBYGEMS_VERSION) -OutFile C:\\rubygems-update.gem")]
    [InlineData("& \\dotnet\\dotnet tool install --add-source . --tool-path \\powershell PowerShell.Windows.x64; & 'C:\\Program Files\\Git\\bin\\git.exe' config --global core.autocrlf false", "dotnet tool install --add-source . --tool-path \\powershell PowerShell.Windows.x64 | git config --global core.autocrlf false")]
    [InlineData("Get-ChildItem -Exclude 'packs','sdk' -Path dotnet | Remove-Item -Force -Recurse", "get-childitem -Exclude packs sdk -Path dotnet | remove-item -Force -Recurse")]
    [InlineData("# a comment\n$x = Get-FileHash a.zip <# block #>; Write-Output $x.Hash > out.txt 2>&1", "get-filehash a.zip | write-output $x.Hash")]
    [InlineData("Install-Module -Name Az -AllowClobber -Scope AllUsers -Confirm:$False -Force", "install-module -Name Az -AllowClobber -Scope AllUsers -Confirm $False -Force")]
    [InlineData("foreach ($f in @('a','b')) { Remove-Item $f }; if (Test-Path C:\\x) { exit 1 } else { Write-Host ok }", "remove-item $f | test-path C:\\x | write-host ok")]
    [InlineData(". .\\setup.ps1 -Mode Full; cmd /c \"mklink /D C:\\link C:\\target && echo done\"", "setup.ps1 -Mode Full | cmd /c mklink /D C:\\link C:\\target && echo done | mklink /D C:\\link C:\\target | echo done")]
    [InlineData("$env:NODE_TLS_REJECT_UNAUTHORIZED = '0'; [Environment]::SetEnvironmentVariable('GIT_SSL_NO_VERIFY', 'true', 'Machine')", "")]
    public void PowerShellCommands(string text, string expected) => Assert.Equal(expected, Commands(WindowsScript.Parse(text, WindowsLanguage.PowerShell)));

    [Theory]
    [InlineData("setx /M PATH \"%PATH%;C:\\Program Files\\powershell\"", "setx /M PATH %PATH%;C:\\Program Files\\powershell")]
    [InlineData("curl.exe -o get-pip.py https://bootstrap.pypa.io/get-pip.py && python get-pip.py & del get-pip.py", "curl -o get-pip.py https://bootstrap.pypa.io/get-pip.py | python get-pip.py | del get-pip.py")]
    [InlineData("if not exist C:\\tools (mkdir C:\\tools) else (echo present) & rem done", "mkdir C:\\tools | echo present")]
    [InlineData("if %ERRORLEVEL% NEQ 0 exit 1", "exit 1")]
    [InlineData("for %%f in (*.msi) do msiexec /i %%f /qn", "msiexec /i %%f /qn")]
    [InlineData("@powershell -NoProfile -ExecutionPolicy Bypass -Command \"iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))\" && SET \"PATH=%PATH%;%ALLUSERSPROFILE%\\chocolatey\\bin\"",
        "powershell -NoProfile -ExecutionPolicy Bypass -Command iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1')) | invoke-expression ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1')) | new-object System.Net.WebClient | set PATH=%PATH%;%ALLUSERSPROFILE%\\chocolatey\\bin")]
    [InlineData("echo a ^& b > out.txt 2>&1", "echo a & b")]
    public void CmdCommands(string text, string expected) => Assert.Equal(expected, Commands(WindowsScript.Parse(text, WindowsLanguage.Cmd)));

    [Theory]
    [InlineData("Copy-Item $env:TEMP\\a.zip -Destination:'C:\\x y' -Force:$true 'it''s'", WindowsLanguage.PowerShell, "$env:TEMP\\a.zip|-Destination|C:\\x y|-Force|$true|it's")]
    [InlineData("Invoke-WebRequest -Uri:https://x/a.zip -OutFile \"$dir\\a.zip\" -Headers @{a='b'}", WindowsLanguage.PowerShell, "-Uri|https://x/a.zip|-OutFile|$dir\\a.zip|-Headers|@{a='b'}")]
    [InlineData("curl.exe -fsSL \"https://x/a b\" -o C:\\a^&b.zip %TEMP%\\c", WindowsLanguage.Cmd, "-fsSL|https://x/a b|-o|C:\\a&b.zip|%TEMP%\\c")]
    public void ArgumentWordsKeepTheirValueAndTheTextAsWritten(string text, WindowsLanguage language, string values)
    {
        // A word of one token reuses that token's strings; a word joined from several (or a quoted one) builds its value.
        var command = WindowsScript.Parse(text, language).Commands[0];
        Assert.Equal(values, string.Join('|', command.Arguments.Select(a => a.Value)));
        Assert.All(command.Arguments, a => Assert.Equal(text[a.Start..a.End], a.Raw));
    }

    [Fact]
    public void EnvironmentAssignmentsAreRead()
    {
        var ps = WindowsScript.Parse("$env:NODE_TLS_REJECT_UNAUTHORIZED = '0'; [Environment]::SetEnvironmentVariable('GIT_SSL_NO_VERIFY', 'true', 'Machine'); setx NPM_TOKEN abc /M", WindowsLanguage.PowerShell);
        Assert.Equal(["NODE_TLS_REJECT_UNAUTHORIZED=0", "GIT_SSL_NO_VERIFY=true", "NPM_TOKEN=abc"], ps.Assignments.Select(a => a.Name + "=" + a.Value));
        var cmd = WindowsScript.Parse("set \"PIP_TRUSTED_HOST=pypi.example.com\" && set /a N=1 && setx JAVA_HOME C:\\java", WindowsLanguage.Cmd);
        Assert.Equal(["PIP_TRUSTED_HOST=pypi.example.com", "JAVA_HOME=C:\\java"], cmd.Assignments.Select(a => a.Name + "=" + a.Value));
    }

    [Fact]
    public void MembersAssignedAndStaticTypesAreKnown()
    {
        var script = WindowsScript.Parse("[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }; $wc = New-Object Net.WebClient; $wc.DownloadFile($url, 'C:\\x.zip')", WindowsLanguage.PowerShell);
        Assert.Equal(
            ["SecurityProtocol:Net.ServicePointManager:assigned", "Tls12:Net.SecurityProtocolType:", "ServerCertificateValidationCallback:System.Net.ServicePointManager:assigned", "DownloadFile::invoked"],
            script.Members.Select(m => $"{m.Name}:{m.TypeName}:{(m.IsAssigned ? "assigned" : m.IsInvoked ? "invoked" : "")}"));
        Assert.Equal(["$url", "C:\\x.zip"], script.Members[^1].Arguments.Select(a => a.Value));
    }

    [Fact]
    public void ParametersMatchByUniquePrefixAndSwitchesTakeNoValue()
    {
        var c = WindowsScript.Parse("Invoke-WebRequest -UseBasicParsing https://example.com/a.zip -outf a.zip", WindowsLanguage.PowerShell).Commands.Single();
        Assert.Equal("a.zip", c.ParameterValue("OutFile")!.Value);
        Assert.Equal("https://example.com/a.zip", c.Positionals().Single().Value);
        Assert.Null(c.Parameter("Out"));
    }

    [Fact]
    public void PowerShellSevenRunsCurlTheProgramAndWindowsPowerShellTheAlias()
    {
        Assert.Equal("invoke-webrequest", WindowsScript.Parse("curl https://x -OutFile y", WindowsLanguage.PowerShell, windowsPowerShell: true).Commands[0].Name);
        Assert.Equal("curl", WindowsScript.Parse("curl -fsSLo y https://x", WindowsLanguage.PowerShell, windowsPowerShell: false).Commands[0].Name);
    }

    [Fact]
    public void HostileNestingIsBoundedAndLinear()
    {
        var deep = new string('(', 100_000) + "iwr x" + new string(')', 100_000);
        var script = WindowsScript.Parse(deep, WindowsLanguage.PowerShell);
        Assert.NotNull(script);
        var shells = string.Concat(Enumerable.Repeat("powershell -Command \"cmd /c ", 20)) + "echo hi";
        Assert.True(WindowsScript.Parse(shells, WindowsLanguage.Cmd).Commands.Count <= 2 * (WindowsScript.MaxShellNesting + 1));
        var unterminated = "\"abc $(\"def" + new string('\'', 50_000);
        Assert.NotNull(WindowsScript.Parse(unterminated, WindowsLanguage.PowerShell));
    }
}
