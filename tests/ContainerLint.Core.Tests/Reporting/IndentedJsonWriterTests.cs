namespace ContainerLint.Core.Tests.Reporting;

using ContainerLint.Core.Reporting;
using Newtonsoft.Json;

/// <summary>
/// The reports' JSON writer replaced Newtonsoft.Json's <c>JsonTextWriter</c> (whose reflection helpers Native
/// AOT cannot compile); reports must keep their bytes, so every string escape and every nesting is
/// compared with it.
/// </summary>
public sealed class IndentedJsonWriterTests
{
    [Fact]
    public void EveryUtf16CodeUnitIsEscapedAsNewtonsoftEscapesIt()
    {
        // All 65,536 code units, one string each (lone surrogates included), then all of them in one string.
        var mismatches = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "a" + (char)c + "b";
            var (ours, theirs) = Both(w => w.Value(text));
            if (ours != theirs) mismatches.Add($"U+{c:X4}: {ours} vs {theirs}");
        }

        Assert.Empty(mismatches);
        var all = new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray());
        var (a, b) = Both(w => w.Value(all));
        Assert.Equal(b, a);
        Assert.Equal(Both(w => w.Value("\"q\" \\ \u2028 🐳 \u007f\u0080")).Theirs, Both(w => w.Value("\"q\" \\ \u2028 🐳 \u007f\u0080")).Ours);
    }

    [Fact]
    public void NestingIndentationAndScalarsMatchNewtonsoft()
    {
        var random = new Random(1107);
        for (var round = 0; round < 300; round++)
        {
            var script = Script(random, depth: 0, maxDepth: random.Next(0, 6));
            var (ours, theirs) = Both(script);
            Assert.Equal(theirs, ours);
        }

        // The shapes the reports use, spelled out.
        var (o, t) = Both(w =>
        {
            w.StartObject();
            w.Name("empty"); w.StartArray(); w.EndArray();
            w.Name("none"); w.StartObject(); w.EndObject();
            w.Name("n"); w.Value(int.MinValue);
            w.Name("flags"); w.StartArray(); w.Value(true); w.Value(false); w.Null(); w.Value(0); w.EndArray();
            w.Name("$schema"); w.Value("x");
            w.EndObject();
        });
        Assert.Equal(t, o);
        Assert.StartsWith("{\n  \"empty\": [],\n  \"none\": {},\n  \"n\": -2147483648,\n  \"flags\": [\n    true,", o);
    }

    [Fact]
    public void MisuseIsRefusedNotWrittenAsBrokenJson()
    {
        var writer = new IndentedJsonWriter(new StringWriter());
        Assert.Throws<InvalidOperationException>(() => writer.WritePropertyName("top"));
        Assert.Throws<InvalidOperationException>(writer.WriteEndObject);
        writer.WriteStartObject();
        writer.WritePropertyName("a");
        Assert.Throws<InvalidOperationException>(() => writer.WritePropertyName("b"));
        Assert.Throws<InvalidOperationException>(writer.WriteEndObject);
    }

    /// <summary>A random, well-formed token sequence: a value, an array or an object with properties.</summary>
    private static Action<WriterCalls> Script(Random random, int depth, int maxDepth)
    {
        var kind = depth >= maxDepth ? random.Next(0, 4) : random.Next(0, 6);
        switch (kind)
        {
            case 0: { var s = RandomString(random); return w => w.Value(s); }
            case 1: { var n = random.Next(int.MinValue, int.MaxValue); return w => w.Value(n); }
            case 2: { var b = random.Next(2) == 0; return w => w.Value(b); }
            case 3: return w => w.Null();
            case 4:
                {
                    var items = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Script(random, depth + 1, maxDepth)).ToList();
                    return w => { w.StartArray(); foreach (var item in items) item(w); w.EndArray(); };
                }

            default:
                {
                    var properties = Enumerable.Range(0, random.Next(0, 4)).Select(_ => (Name: RandomString(random), Value: Script(random, depth + 1, maxDepth))).ToList();
                    return w => { w.StartObject(); foreach (var (name, value) in properties) { w.Name(name); value(w); } w.EndObject(); };
                }
        }
    }

    private static string RandomString(Random random)
    {
        const string alphabet = "ab \"\\/\n\r\t\b\f\u0000\u001f\u007fé€\u0085\u2028\u2029\ud83d\udc33";
        return new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private static (string Ours, string Theirs) Both(Action<WriterCalls> script)
    {
        var ours = new StringWriter();
        var w = new IndentedJsonWriter(ours);
        script(new WriterCalls(w.WriteStartObject, w.WriteEndObject, w.WriteStartArray, w.WriteEndArray, w.WritePropertyName, w.WriteValue, w.WriteValue, w.WriteValue, w.WriteNull));
        var theirs = new StringWriter { NewLine = "\n" };
        using (var json = new JsonTextWriter(theirs) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            script(new WriterCalls(json.WriteStartObject, json.WriteEndObject, json.WriteStartArray, json.WriteEndArray, json.WritePropertyName, json.WriteValue, json.WriteValue, json.WriteValue, json.WriteNull));
        }

        return (ours.ToString(), theirs.ToString());
    }

    /// <summary>The calls both writers have, so one script drives either.</summary>
    private sealed record WriterCalls(
        Action StartObject,
        Action EndObject,
        Action StartArray,
        Action EndArray,
        Action<string> Name,
        Action<string> String,
        Action<int> Int,
        Action<bool> Bool,
        Action Null)
    {
        public void Value(string value) => String(value);

        public void Value(int value) => Int(value);

        public void Value(bool value) => Bool(value);
    }
}
