using Archive.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Core.Content.Yaml;

/// <summary>
/// Parses the YAML of a content file into its root mapping: the fast simple-YAML parser first, and the full
/// YAML parser (YamlDotNet) for everything else, including every malformed file, whose errors it explains.
/// </summary>
internal static class ParseYaml
{
    /// <summary>The root mapping, or null after reporting why there is none.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="lineOffset">What to add to a line of <paramref name="yaml"/> to get the line in the file.</param>
    /// <param name="fast">Whether the fast reader tries first; false gives every text to the full parser (the switch that proves the two agree).</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="fallback">Where and why the fast reader declined a text the full parser then read; null otherwise.</param>
    public static YamlMap? Root(string yaml, string path, int lineOffset, bool fast, List<Diagnostic> diagnostics, out YamlFallback? fallback)
    {
        fallback = null;
        if (!fast)
        {
            return Full(yaml, path, lineOffset, diagnostics);
        }

        if (ParseSimpleYaml.Root(yaml, out var declined) is { } simple)
        {
            return simple;
        }

        // A text the full parser cannot read either has its error reported instead.
        var full = Full(yaml, path, lineOffset, diagnostics);
        if (full is not null)
        {
            fallback = new YamlFallback(new SourceLocation(path, declined.Line + lineOffset), declined.Reason);
        }

        return full;
    }

    /// <summary>The full parser's reading of the text, in the same tree as the simple parser's.</summary>
    internal static YamlMap? Full(string yaml, string path, int lineOffset, List<Diagnostic> diagnostics)
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

        if (Convert(stream.Documents[0].RootNode) is not YamlMap root)
        {
            diagnostics.Add(Diagnostic.Error(
                new SourceLocation(path, (int)stream.Documents[0].RootNode.Start.Line + lineOffset),
                "the YAML must be a set of fields (key: value), one per line"));
            return null;
        }

        return root;
    }

    private static YamlValue Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalar(IsNull(scalar) ? null : scalar.Value, Line(node)),
        YamlSequenceNode sequence => new YamlList([.. sequence.Children.Select(Convert)], Line(node)),
        YamlMappingNode mapping => new YamlMap(
            [.. mapping.Children.Select(pair => (Key(pair.Key), Convert(pair.Value)))],
            Line(node)),
        _ => new YamlScalar(null, Line(node)),
    };

    // A key that is itself a list or mapping ("? [a, b]: x") is never a field name; keep its line, name it by kind.
    private static YamlScalar Key(YamlNode key) =>
        key is YamlScalarNode scalar ? new YamlScalar(scalar.Value ?? "", Line(key)) : new YamlScalar(key.NodeType.ToString(), Line(key));

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    // YamlDotNet puts the position in front of its message ("(Line: 3, Col: 1, Idx: 20) - (...): While scanning...");
    // the diagnostic already carries the line, so keep the words only.
    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var words = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (words >= 0 ? message[(words + 3)..] : message).Trim();
    }
}
