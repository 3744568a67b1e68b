using Archive.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Core.Content;

/// <summary>
/// Reads the fields of one YAML mapping and reports every problem as a diagnostic at its line,
/// so that one run of <c>check</c> shows an editor all that is wrong in a file.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => At(_map);

    public SourceLocation At(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset);

    public void Error(YamlNode node, string message) => _diagnostics.Add(Diagnostic.Error(At(node), message));

    /// <summary>Reports an error at the start of the mapping, for a problem with no node of its own (a missing field).</summary>
    public void Error(string message) => _diagnostics.Add(Diagnostic.Error(Location, message));

    /// <summary>Opens a nested mapping with the same file, offset and diagnostics.</summary>
    public YamlFields Nested(YamlMappingNode map) => new(map, _path, _lineOffset, _diagnostics);

    /// <summary>The node of a field, or null when it is absent.</summary>
    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
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
    public IReadOnlyList<(string Value, YamlNode Node)> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                var single = AsString(scalar, key);
                return string.IsNullOrEmpty(single) ? [] : [(single, scalar)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence)
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
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence)
                {
                    if (item is YamlMappingNode map)
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
            case YamlMappingNode map:
                return Nested(map);
            default:
                Error(node, $"field '{key}' must be a set of fields");
                return null;
        }
    }

    /// <summary>Reports each field that was never asked for: usually a typo ("titel:").</summary>
    public void RejectUnknownFields()
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : Describe(keyNode);
            if (!_read.Contains(key))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                Error(keyNode, $"unknown field '{key}' (known fields here: {known})");
            }
        }
    }

    private string? AsString(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value?.Trim();
        }

        Error(node, $"field '{key}' must be text, not a {(node is YamlSequenceNode ? "list" : "set of fields")}");
        return null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString();

    /// <summary>Parses YAML text into its root mapping, or reports why it cannot.</summary>
    public static YamlMappingNode? ParseMapping(string yaml, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, Math.Max(line, 1)), $"malformed YAML: {Describe(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, when the text ends inside an open "[" or "{".
            var lastLine = yaml.TrimEnd('\n').Count(c => c == '\n') + 1 + lineOffset;
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, lastLine), "malformed YAML: the text ends inside a '[' or '{' that is never closed"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, 1 + lineOffset), "the YAML is empty"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(
                new SourceLocation(path, (int)stream.Documents[0].RootNode.Start.Line + lineOffset),
                "the YAML must be a set of fields (key: value), one per line"));
            return null;
        }

        return root;
    }

    // YamlDotNet puts the position in front of its message ("(Line: 3, Col: 1, Idx: 20) - (...): While scanning...");
    // the diagnostic already carries the line, so keep the words only.
    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var words = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (words >= 0 ? message[(words + 3)..] : message).Trim();
    }
}
