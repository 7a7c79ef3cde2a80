// yaml-parse-floor FILE...        parse every file with YamlDotNet's Parser, pulling every event; print the count
// yaml-parse-floor --first-parser  time the first and the second Parser over a small document (start-up cost, e.g. a regex)
using System.Diagnostics;
using YamlDotNet.Core;

if (args is ["--first-parser"])
{
    const string document = "%TAG !e! tag:example.com,2026:\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n";
    for (var i = 1; i <= 2; i++)
    {
        var clock = Stopwatch.StartNew();
        var parser = new Parser(new StringReader(document));
        var n = 0;
        while (parser.MoveNext()) n++;
        Console.WriteLine($"parser {i}: {clock.Elapsed.TotalMilliseconds:0.000} ms, {n} events");
    }

    return 0;
}

var events = 0L;
var invalid = 0;
foreach (var path in args)
{
    var parser = new Parser(new StringReader(File.ReadAllText(path)));
    try
    {
        while (parser.MoveNext()) events++;
    }
    catch (YamlException)
    {
        // Invalid YAML ends that file's parse, as it ends containerlint's (a CL0002 finding there).
        invalid++;
    }
}

Console.WriteLine($"{args.Length} files ({invalid} invalid YAML), {events} events");
return 0;
