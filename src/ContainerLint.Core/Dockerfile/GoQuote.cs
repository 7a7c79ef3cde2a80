namespace ContainerLint.Core.Dockerfile;

using System.Globalization;
using System.Text;

/// <summary>Go's <c>strconv.Quote</c>, used by the BuildKit tree dump.</summary>
public static class GoQuote
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        var i = 0;
        while (i < value.Length)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                // An unpaired surrogate: Go would see invalid UTF-8 and print U+FFFD's bytes as \x.
                sb.Append("\\ufffd");
                i += Math.Max(used, 1);
                continue;
            }

            i += used;
            var c = rune.Value;
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\a': sb.Append("\\a"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\v': sb.Append("\\v"); continue;
            }

            if (c < 0x20 || c == 0x7F)
            {
                sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c == ' ' || IsGraphic(rune))
            {
                sb.Append(rune.ToString());
            }
            else if (c < 0x10000)
            {
                sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>Go's unicode.IsPrint minus the ASCII space: letters, marks, numbers, punctuation and symbols.</summary>
    private static bool IsGraphic(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
