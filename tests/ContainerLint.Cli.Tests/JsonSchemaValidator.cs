namespace ContainerLint.Cli.Tests;

using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

/// <summary>
/// A small JSON Schema (draft-07) validator for the keywords docs/containerlint-output.schema.json
/// uses: type, required, properties, additionalProperties, enum, const, items, minimum, minLength,
/// pattern, not and local $ref. It replaces Newtonsoft.Json.Schema (AGPL; we are Apache-2.0). A
/// keyword it does not know is an error, so the schema cannot grow a rule the tests silently skip.
/// </summary>
internal sealed class JsonSchemaValidator
{
    /// <summary>Keywords that only describe: they never make a document invalid.</summary>
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$comment", "title", "description", "definitions", "$defs", "default", "examples" };

    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "type", "required", "properties", "additionalProperties", "enum", "const", "items", "minimum", "minLength", "pattern", "not", "$ref",
    };

    private const int MaxRefDepth = 32;

    private readonly JObject _root;

    public JsonSchemaValidator(JObject schema)
    {
        _root = schema;
        CheckKeywords(schema, "#");
    }

    /// <summary>Every violation as "JSON pointer: what is wrong"; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(JToken document)
    {
        var errors = new List<string>();
        Validate(document, _root, "", errors, 0);
        return errors;
    }

    private void Validate(JToken value, JToken schemaToken, string pointer, List<string> errors, int refDepth)
    {
        if (schemaToken.Type == JTokenType.Boolean)
        {
            if (!(bool)schemaToken!) errors.Add($"{Where(pointer)}: not allowed here");
            return;
        }

        var schema = (JObject)schemaToken;
        if (schema["$ref"] is { } reference)
        {
            if (refDepth >= MaxRefDepth) throw new InvalidOperationException($"$ref chain deeper than {MaxRefDepth} at {Where(pointer)}");
            Validate(value, Resolve((string)reference!), pointer, errors, refDepth + 1);
        }

        if (schema["type"] is { } type && !MatchesType(value, type))
        {
            errors.Add($"{Where(pointer)}: expected {type.ToString(Newtonsoft.Json.Formatting.None)}, found {Describe(value)}");
            return; // the other keywords would only repeat the type mismatch
        }

        if (schema["const"] is { } constant && !JToken.DeepEquals(constant, value))
        {
            errors.Add($"{Where(pointer)}: expected the constant {constant.ToString(Newtonsoft.Json.Formatting.None)}");
        }

        if (schema["enum"] is JArray options && !options.Any(o => JToken.DeepEquals(o, value)))
        {
            errors.Add($"{Where(pointer)}: {value.ToString(Newtonsoft.Json.Formatting.None)} is not one of {options.ToString(Newtonsoft.Json.Formatting.None)}");
        }

        if (schema["not"] is { } not)
        {
            var inner = new List<string>();
            Validate(value, not, pointer, inner, refDepth);
            if (inner.Count == 0) errors.Add($"{Where(pointer)}: matches a schema it must not match ({not.ToString(Newtonsoft.Json.Formatting.None)})");
        }

        switch (value)
        {
            case JObject obj:
                ValidateObject(obj, schema, pointer, errors, refDepth);
                break;
            case JArray array when schema["items"] is { } items:
                for (var i = 0; i < array.Count; i++) Validate(array[i], items, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), errors, refDepth);
                break;
            case JValue { Type: JTokenType.String } s:
                ValidateString((string)s!, schema, pointer, errors);
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } n when schema["minimum"] is { } minimum:
                if ((double)n < (double)minimum) errors.Add($"{Where(pointer)}: {n} is less than the minimum {minimum}");
                break;
        }
    }

    private void ValidateObject(JObject obj, JObject schema, string pointer, List<string> errors, int refDepth)
    {
        foreach (var name in (schema["required"] as JArray)?.Values<string>() ?? [])
        {
            if (name is not null && obj.Property(name, StringComparison.Ordinal) is null) errors.Add($"{Where(pointer)}: missing required property '{name}'");
        }

        var properties = schema["properties"] as JObject;
        foreach (var property in obj.Properties())
        {
            var childPointer = pointer + "/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            if (properties?[property.Name] is { } propertySchema)
            {
                Validate(property.Value, propertySchema, childPointer, errors, refDepth);
            }
            else if (schema["additionalProperties"] is { } additional)
            {
                if (additional.Type == JTokenType.Boolean && !(bool)additional!) errors.Add($"{Where(pointer)}: property '{property.Name}' is not allowed");
                else Validate(property.Value, additional, childPointer, errors, refDepth);
            }
        }
    }

    private static void ValidateString(string text, JObject schema, string pointer, List<string> errors)
    {
        if (schema["minLength"] is { } minLength && text.EnumerateRunes().Count() < (int)minLength)
        {
            errors.Add($"{Where(pointer)}: shorter than {minLength} code point(s)");
        }

        if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{Where(pointer)}: \"{text}\" does not match the pattern {pattern}");
        }
    }

    private static bool MatchesType(JToken value, JToken type) => type switch
    {
        JArray types => types.Any(t => MatchesType(value, t)),
        _ => (string?)type switch
        {
            "object" => value.Type == JTokenType.Object,
            "array" => value.Type == JTokenType.Array,
            "string" => value.Type == JTokenType.String,
            "boolean" => value.Type == JTokenType.Boolean,
            "null" => value.Type == JTokenType.Null,
            "integer" => value.Type == JTokenType.Integer || value.Type == JTokenType.Float && Math.Floor((double)value) == (double)value,
            "number" => value.Type is JTokenType.Integer or JTokenType.Float,
            var other => throw new InvalidOperationException($"unknown type '{other}' in the schema"),
        },
    };

    private JToken Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new InvalidOperationException($"only local $ref is supported, not '{reference}'");
        JToken? node = _root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node?[segment];
        }

        return node ?? throw new InvalidOperationException($"$ref '{reference}' points nowhere");
    }

    /// <summary>Every keyword in every subschema must be one this validator implements or an annotation.</summary>
    private static void CheckKeywords(JToken schema, string where)
    {
        if (schema.Type == JTokenType.Boolean) return;
        if (schema is not JObject obj) throw new InvalidOperationException($"{where}: a schema must be an object or a boolean");
        foreach (var property in obj.Properties())
        {
            var path = where + "/" + property.Name;
            if (!Assertions.Contains(property.Name) && !Annotations.Contains(property.Name))
            {
                throw new InvalidOperationException($"{path}: the test validator does not implement the keyword '{property.Name}'");
            }

            switch (property.Name)
            {
                case "properties" or "definitions" or "$defs":
                    foreach (var child in ((JObject)property.Value).Properties()) CheckKeywords(child.Value, path + "/" + child.Name);
                    break;
                case "items" or "not" or "additionalProperties":
                    CheckKeywords(property.Value, path);
                    break;
            }
        }
    }

    private static string Where(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private static string Describe(JToken value) => value.Type.ToString().ToLowerInvariant();
}
