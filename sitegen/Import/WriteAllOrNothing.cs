namespace Archive.SiteGen.Import;

/// <summary>
/// Writes a run's files so that either all of them land or none do: every file is first written to a temporary
/// file beside its target, then moved into place; if any step fails, the files already moved are taken back
/// (edited files restored from their backups) and the temporary files removed.
/// </summary>
internal static class WriteAllOrNothing
{
    public static ImportProblem? Run(string contentRoot, IReadOnlyList<FileWrite> writes)
    {
        var staged = new List<(string Target, string Temporary, bool Replaces)>();
        var moved = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var write in writes)
            {
                var target = Path.Combine(contentRoot, write.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = target + ".import-" + Guid.NewGuid().ToString("N") + ".tmp";
                staged.Add((target, temporary, write.Replaces));
                File.WriteAllBytes(temporary, write.Bytes);
            }

            foreach (var (target, temporary, replaces) in staged)
            {
                string? backup = null;
                if (replaces)
                {
                    backup = target + ".import-backup";
                    File.Move(target, backup, overwrite: true);
                }
                else if (File.Exists(target) || Directory.Exists(target))
                {
                    throw new IOException($"{target} appeared while importing; it was not overwritten");
                }

                moved.Add((target, backup));
                File.Move(temporary, target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RollBack(staged, moved);
            return new ImportProblem(contentRoot, null, $"writing failed, so nothing was written: {e.Message}");
        }

        foreach (var (_, backup) in moved)
        {
            if (backup is not null)
            {
                File.Delete(backup);
            }
        }

        return null;
    }

    private static void RollBack(List<(string Target, string Temporary, bool Replaces)> staged, List<(string Target, string? Backup)> moved)
    {
        for (var i = moved.Count - 1; i >= 0; i--)
        {
            var (target, backup) = moved[i];
            if (File.Exists(target) && !staged.Any(s => s.Target == target && File.Exists(s.Temporary)))
            {
                File.Delete(target);
            }

            if (backup is not null && File.Exists(backup))
            {
                File.Move(backup, target, overwrite: true);
            }
        }

        foreach (var (_, temporary, _) in staged)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
