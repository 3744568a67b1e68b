using Archive.Core.Content.Yaml;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// Reads the fields of one YAML mapping and reports every problem as a diagnostic at its line,
/// so that one run of <c>check</c> shows an editor all that is wrong in a file.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMap _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;
    // The fields asked for: a handful per mapping, and one reader per signatory, so a list beats a hash set.
    private readonly List<string> _read = new(8);

    public YamlFields(YamlMap map, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => At(_map);

    public SourceLocation At(YamlValue node) => new(_path, node.Line + _lineOffset);

    public void Error(YamlValue node, string message) => _diagnostics.Add(Diagnostic.Error(At(node), message));

    /// <summary>Reports an error at the start of the mapping, for a problem with no node of its own (a missing field).</summary>
    public void Error(string message) => _diagnostics.Add(Diagnostic.Error(Location, message));

    /// <summary>Opens a nested mapping with the same file, offset and diagnostics.</summary>
    public YamlFields Nested(YamlMap map) => new(map, _path, _lineOffset, _diagnostics);

    /// <summary>The node of a field, or null when it is absent.</summary>
    public YamlValue? Node(string key)
    {
        if (!_read.Contains(key))
        {
            _read.Add(key);
        }
        return _map[key];
    }

    public string? OptionalString(string key)
    {
        var node = Node(key);
        return node is null ? null : AsString(node, key);
    }

    public string? RequiredString(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Error($"missing required field '{key}'");
            return null;
        }

        var value = AsString(node, key);
        if (value is not null && value.Length == 0)
        {
            Error(node, $"field '{key}' is empty");
            return null;
        }

        return value;
    }

    public bool OptionalBool(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return false;
        }

        var text = AsString(node, key);
        switch (text)
        {
            case "true" or "yes":
                return true;
            case "false" or "no" or null:
                return false;
            default:
                Error(node, $"field '{key}' must be true or false, not '{text}'");
                return false;
        }
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlValue Node)> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalar scalar:
                var single = AsString(scalar, key);
                return string.IsNullOrEmpty(single) ? [] : [(single, scalar)];
            case YamlList sequence:
                var items = new List<(string, YamlValue)>();
                foreach (var item in sequence.Items)
                {
                    var value = AsString(item, key);
                    if (string.IsNullOrEmpty(value))
                    {
                        Error(item, $"an item of '{key}' is empty");
                    }
                    else
                    {
                        items.Add((value, item));
                    }
                }

                return items;
            default:
                Error(node, $"field '{key}' must be a list of text");
                return [];
        }
    }

    /// <summary>A list of mappings, each with its own field reader.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalar { Value: null }:
                return [];
            case YamlList sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMap map)
                    {
                        items.Add(Nested(map));
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be a set of fields (name: ...), not '{Describe(item)}'");
                    }
                }

                return items;
            default:
                Error(node, $"field '{key}' must be a list");
                return [];
        }
    }

    public YamlFields? OptionalMapping(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMap map:
                return Nested(map);
            default:
                Error(node, $"field '{key}' must be a set of fields");
                return null;
        }
    }

    /// <summary>Reports each field that was never asked for: usually a typo ("titel:").</summary>
    public void RejectUnknownFields()
    {
        foreach (var (keyNode, _) in _map.Entries)
        {
            var key = keyNode.Value ?? "";
            if (!_read.Contains(key))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                Error(keyNode, $"unknown field '{key}' (known fields here: {known})");
            }
        }
    }

    private string? AsString(YamlValue node, string key)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.Value?.Trim();
        }

        Error(node, $"field '{key}' must be text, not a {(node is YamlList ? "list" : "set of fields")}");
        return null;
    }

    private static string Describe(YamlValue node) => node switch
    {
        YamlScalar scalar => scalar.Value ?? "",
        YamlList => "a list",
        _ => "a set of fields",
    };
}
