using System.Globalization;
using System.Text.Json;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// Typed reads of an exported object's properties (docs/export.md): every documented property is present, so a
/// missing or mistyped one is a damaged file and says which property it was.
/// </summary>
internal static class ExportElement
{
    private static JsonElement Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new ExportFileException($"An object lacks its \"{name}\" property.");

    public static string Str(this JsonElement element, string name) =>
        Get(element, name).GetString() ?? throw new ExportFileException($"\"{name}\" is null where a text is expected.");

    public static string? NullableStr(this JsonElement element, string name) => Get(element, name).GetString();

    public static int Int(this JsonElement element, string name) => Get(element, name).GetInt32();

    public static int? NullableInt(this JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Null } ? null : Get(element, name).GetInt32();

    public static long Long(this JsonElement element, string name) => Get(element, name).GetInt64();

    public static long? NullableLong(this JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Null } ? null : Get(element, name).GetInt64();

    public static double Double(this JsonElement element, string name) => Get(element, name).GetDouble();

    public static bool Bool(this JsonElement element, string name) => Get(element, name).GetBoolean();

    public static DateTimeOffset Date(this JsonElement element, string name) => Get(element, name).GetDateTimeOffset();

    public static DateTimeOffset? NullableDate(this JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Null } ? null : Get(element, name).GetDateTimeOffset();

    public static JsonElement? NullableObject(this JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) => Get(element, name).EnumerateArray();

    public static TEnum Enum<TEnum>(this JsonElement element, string name) where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(element.Str(name), ignoreCase: false, out var value) && !int.TryParse(element.Str(name), CultureInfo.InvariantCulture, out _)
            ? value
            : throw new ExportFileException($"\"{name}\" has an unknown value \"{element.Str(name)}\".");

    public static ContentLanguage Language(this JsonElement element, string name) =>
        element.Str(name) switch
        {
            "ru" => ContentLanguage.Ru,
            "en" => ContentLanguage.En,
            var other => throw new ExportFileException($"\"{name}\" has an unknown language \"{other}\"."),
        };
}
