using System.Globalization;
using System.Text.Json;

namespace Vestnik.Tests.Features.Api;

/// <summary>
/// Checks a JSON value against a schema of an OpenAPI 3.1 document: <c>$ref</c> into the components, <c>type</c>
/// (one or a list, <c>null</c> included), <c>properties</c> and <c>required</c>, <c>items</c>, <c>oneOf</c>/<c>anyOf</c>,
/// <c>enum</c> and the <c>date-time</c> format: what the document the app serves uses, no more. Every failure names
/// the path of the value.
/// </summary>
public sealed class SchemaCheck(JsonElement document)
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public SchemaCheck Check(JsonElement value, JsonElement schema, string path = "$")
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Check(value, Resolve(reference.GetString()!), path);
        }
        foreach (var combinator in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var matches = options.EnumerateArray().Count(option => new SchemaCheck(document).Check(value, option, path).Failures.Count == 0);
                if (matches == 0)
                {
                    _failures.Add($"{path}: matches none of {combinator}");
                }
                return this;
            }
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(value, t)))
            {
                _failures.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                return this;
            }
        }
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            _failures.Add($"{path}: {value} is not one of {allowed}");
        }
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            _failures.Add($"{path}: \"{value}\" is not a date-time");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(name => !value.TryGetProperty(name, out _)))
                {
                    _failures.Add($"{path}: required property \"{name}\" is missing");
                }
            }
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Check(property.Value, propertySchema, $"{path}.{property.Name}");
                    }
                    else if (!schema.TryGetProperty("additionalProperties", out _))
                    {
                        _failures.Add($"{path}: property \"{property.Name}\" is not in the schema");
                    }
                }
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{index++}]");
            }
        }
        return this;
    }

    /// <summary>A <c>#/components/schemas/Name</c> reference.</summary>
    private JsonElement Resolve(string reference)
    {
        var node = document;
        foreach (var segment in reference.TrimStart('#', '/').Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }
        return node;
    }

    private static bool Is(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };
}
