namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Text;
using ContainerLint.Core.Images;

/// <summary>One row of <c>containerlint images</c>: an image reference, where and how it is used.</summary>
/// <param name="File">The file as shown to users (relative, '/' separators).</param>
/// <param name="Use">The reference.</param>
/// <param name="EndOfLife">The end of support of the release the image is (or runs on), past or future; null when the table does not know it.</param>
public sealed record ImageInventoryRow(string File, ImageUse Use, DateOnly? EndOfLife)
{
    /// <summary>A row for a reference, its end of life from the one table the end-of-life rules use (<see cref="Images.EndOfLife"/>).</summary>
    public static ImageInventoryRow Of(string file, ImageUse use) =>
        new(file, use, use.Image is { } image ? Images.EndOfLife.Find(image, DateOnly.MaxValue)?.EndOfLife : null);

    public bool Unresolved => Use.Resolved is null;

    /// <summary>Pinned by digest (a tag alone can be moved).</summary>
    public bool Pinned => Use.Image?.HasDigest == true;

    public string Location => File + ":" + Use.Span.Line.ToString(CultureInfo.InvariantCulture);

    public string? EndOfLifeText => EndOfLife?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Writes the image inventory as an aligned text table, JSON (docs/images.md) or CSV (RFC 4180). Rows are sorted by
/// file, line, column and kind, so the output is byte-identical across runs.
/// </summary>
public static class ImageInventoryReport
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Csv = "csv";

    public const int SchemaVersion = 1;

    public static IReadOnlyList<string> Formats { get; } = [Text, Json, Csv];

    private static readonly string[] Columns = ["image", "registry", "repository", "tag", "digest", "file", "line", "column", "kind", "used by", "pinned", "end of life"];

    public static IReadOnlyList<ImageInventoryRow> Sort(IEnumerable<ImageInventoryRow> rows) =>
        rows.OrderBy(r => r.File, StringComparer.Ordinal)
            .ThenBy(r => r.Use.Span)
            .ThenBy(r => r.Use.Kind)
            .ThenBy(r => r.Use.Written, StringComparer.Ordinal)
            .ToList();

    public static void Write(TextWriter writer, string format, IReadOnlyList<ImageInventoryRow> rows)
    {
        switch (format)
        {
            case Json: WriteJson(writer, rows); break;
            case Csv: WriteCsv(writer, rows); break;
            default: WriteText(writer, rows); break;
        }
    }

    private static string[] Cells(ImageInventoryRow row)
    {
        var image = row.Use.Image;
        return
        [
            row.Use.Written, image?.Registry ?? "", image?.Repository ?? "", image?.Tag ?? "", image?.Digest ?? "",
            row.File, row.Use.Span.Line.ToString(CultureInfo.InvariantCulture), row.Use.Span.Column.ToString(CultureInfo.InvariantCulture),
            row.Use.KindName, row.Use.Context, row.Pinned ? "yes" : "no", row.EndOfLifeText ?? "",
        ];
    }

    private static void WriteText(TextWriter writer, IReadOnlyList<ImageInventoryRow> rows)
    {
        if (rows.Count == 0)
        {
            writer.Write("No image references found.\n");
            return;
        }

        string[] header = ["IMAGE", "REGISTRY", "REPOSITORY", "TAG", "DIGEST", "LOCATION", "KIND", "PINNED", "END OF LIFE"];
        var table = rows.Select(r =>
        {
            var image = r.Use.Image;
            var written = r.Use.Written;
            var at = written.LastIndexOf('@');
            if (at > 0) written = written[..(at + 1)] + ShortDigest(written[(at + 1)..]);
            written = ShownText.Escape(written, keepTabs: false) + (r.Unresolved ? " (unresolved)" : image is null ? " (invalid)" : "");
            var digest = image?.Digest is { } d ? ShortDigest(d) : "";
            return new[]
            {
                written, image?.Registry ?? "", image?.Repository ?? "", ShownText.Escape(image?.Tag ?? ""), digest,
                ShownText.Escape(r.Location, keepTabs: false), r.Use.KindName, r.Pinned ? "yes" : "no", r.EndOfLifeText ?? "",
            };
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, table.Max(cells => cells[i].Length))).ToArray();
        var line = new StringBuilder();
        foreach (var cells in table.Prepend(header))
        {
            line.Clear();
            for (var i = 0; i < cells.Length; i++)
            {
                line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
            }

            writer.Write(line.ToString().TrimEnd() + "\n");
        }

        var unique = rows.Select(r => r.Use.Image?.Original.Trim() ?? r.Use.Written).Distinct(StringComparer.Ordinal).Count();
        var pinned = rows.Count(r => r.Pinned);
        writer.Write($"\n{Count(rows.Count, "reference")} to {Count(unique, "image")} in {Count(rows.Select(r => r.File).Distinct(StringComparer.Ordinal).Count(), "file")}; {pinned.ToString(CultureInfo.InvariantCulture)} pinned by digest, {rows.Count(r => r.Unresolved).ToString(CultureInfo.InvariantCulture)} unresolved\n");
    }

    /// <summary>A digest is 71 characters: in a table the algorithm and 12 hex digits identify it (JSON and CSV carry it whole).</summary>
    private static string ShortDigest(string digest) =>
        digest.IndexOf(':') is var colon and > 0 && digest.Length > colon + 13 ? digest[..(colon + 13)] + "…" : digest;

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static void WriteJson(TextWriter writer, IReadOnlyList<ImageInventoryRow> rows)
    {
        var output = new ReportWriter(writer);
        var json = new IndentedJsonWriter(output);
        json.WriteStartObject();
        json.WritePropertyName("schemaVersion");
        json.WriteValue(SchemaVersion);
        json.WritePropertyName("images");
        json.WriteStartArray();
        foreach (var row in rows)
        {
            var image = row.Use.Image;
            json.WriteStartObject();
            Property(json, "image", row.Use.Written);
            Property(json, "resolved", row.Use.Resolved);
            Property(json, "registry", image?.Registry);
            Property(json, "repository", image?.Repository);
            Property(json, "tag", image?.Tag);
            Property(json, "digest", image?.Digest);
            Property(json, "file", row.File);
            json.WritePropertyName("line");
            json.WriteValue(row.Use.Span.Line);
            json.WritePropertyName("column");
            json.WriteValue(row.Use.Span.Column);
            json.WritePropertyName("endLine");
            json.WriteValue(row.Use.Span.EndLine);
            json.WritePropertyName("endColumn");
            json.WriteValue(row.Use.Span.EndColumn);
            Property(json, "kind", row.Use.KindName);
            Property(json, "usedBy", row.Use.Context);
            json.WritePropertyName("pinned");
            json.WriteValue(row.Pinned);
            json.WritePropertyName("unresolved");
            json.WriteValue(row.Unresolved);
            Property(json, "endOfLife", row.EndOfLifeText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        output.Write("\n");
        output.Flush();
    }

    private static void Property(IndentedJsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        if (value is null) json.WriteNull();
        else json.WriteValue(value);
    }

    /// <summary>RFC 4180: CRLF line ends, a header row, a field quoted (quotes doubled) when it holds a comma, a quote, CR or LF.</summary>
    private static void WriteCsv(TextWriter writer, IReadOnlyList<ImageInventoryRow> rows)
    {
        writer.Write(string.Join(',', Columns.Select(c => c.Replace(' ', '_'))) + "\r\n");
        foreach (var row in rows) writer.Write(string.Join(',', Cells(row).Select(CsvField)) + "\r\n");
    }

    /// <summary>
    /// One RFC 4180 field. The values come from the linted files, which are untrusted: a value a spreadsheet would run as a
    /// formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP's CSV injection
    /// guidance says, so opening the inventory in Excel or LibreOffice cannot call out or run anything.
    /// </summary>
    public static string CsvField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
