namespace Archive.SiteGen.Import;

/// <summary>
/// A file's name as a letter prints it when the letter or its list is kept in files ("SIGNATORIES.md",
/// "signataires.csv", "== letter.txt"): one list of the extensions that hold a text, a table or a document, so that a
/// pasted folder's file markers, a heading's "see SIGNATORIES.md" and a closing's "listed in signatories.csv" all know
/// the same files.
/// </summary>
internal static class FileName
{
    /// <summary>A file name with one of those extensions, ending at a word boundary.</summary>
    public const string Pattern = @"[\p{L}\d_.-]+\.(?:txt|md|csv|tsv|xlsx?|ods|docx?|odt|pdf|html?|json|eml)\b";
}
