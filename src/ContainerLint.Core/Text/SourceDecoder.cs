namespace ContainerLint.Core.Text;

using System.Text;

/// <summary>
/// Turns file bytes into text the way users expect: UTF-8 (BOM optional), UTF-16 with a BOM;
/// NUL bytes mean binary data, which is not linted.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null when the content is binary; <paramref name="problem"/> explains either defect.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem, out bool binary)
    {
        problem = null;
        binary = false;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return StripNuls(Encoding.Unicode.GetString(bytes[2..]), out problem, out binary);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return StripNuls(Encoding.BigEndianUnicode.GetString(bytes[2..]), out problem, out binary);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            binary = true;
            problem = $"The file holds binary data (a NUL byte at offset {nul}); it was not linted.";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"The file is not valid UTF-8 (first bad byte at offset {ex.Index}); invalid bytes were replaced before linting.";
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static string? StripNuls(string text, out string? problem, out bool binary)
    {
        problem = null;
        binary = false;
        var nul = text.IndexOf('\0');
        if (nul < 0) return text;
        binary = true;
        problem = $"The file holds binary data (a NUL character at position {nul}); it was not linted.";
        return null;
    }
}
