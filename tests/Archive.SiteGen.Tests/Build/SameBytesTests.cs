using System.Text;
using Archive.SiteGen.Build;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The one rule for whether a file where a site already is gets rewritten (<see cref="SameBytes"/>): only when its bytes
/// differ from what the build makes, compared as they come. Every writer of a site's files follows it: a page in a
/// reused staging folder, a data file streamed over the one there, a file of the live site <c>serve</c> updates.
/// </summary>
public sealed class SameBytesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("same-bytes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("hello world", "hello world", true)]
    [InlineData("hello world", "hello worle", false)]
    [InlineData("hello world", "hello", false)]
    [InlineData("hello", "hello world", false)]
    [InlineData("", "", true)]
    [InlineData("", "x", false)]
    public void A_file_holds_the_bytes_only_when_it_has_exactly_them(string inFile, string made, bool holds)
    {
        var path = FileWith(inFile);

        Assert.Equal(holds, SameBytes.Holds(path, Encoding.UTF8.GetBytes(made)));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(made));
        Assert.Equal(holds, SameBytes.Holds(path, stream));
    }

    [Fact]
    public void A_file_that_is_not_there_holds_nothing_not_even_no_bytes()
    {
        Assert.False(SameBytes.Holds(Path.Combine(_folder, "absent"), []));
    }

    [Fact]
    public void Bytes_compared_a_chunk_at_a_time_beyond_one_read_find_the_first_difference_where_it_is()
    {
        var existing = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        var made = existing.ToArray();
        made[150_000] ^= 1;
        using var file = File.OpenHandle(FileWith(existing), FileMode.Open, FileAccess.Read);
        using var same = new SameBytes(file);

        var first = same.Compare(made.AsSpan(0, 100_000));
        var second = same.Compare(made.AsSpan(100_000));

        Assert.Equal(100_000, first);
        Assert.Equal(50_000, second);
        Assert.True(same.Differs);
        Assert.False(same.HoldsAll);
        Assert.Equal(0, same.Compare(made.AsSpan(0, 10)));
    }

    [Theory]
    [InlineData("the same letters", "the same letters", false)]
    [InlineData("the same letters", "the other letters", true)]
    [InlineData("the same letters", "the same", true)]
    [InlineData("the same", "the same letters", true)]
    [InlineData("", "new", true)]
    public void A_data_file_streamed_over_the_one_there_ends_with_the_new_bytes_and_counts_as_written_only_if_they_differ(string inFile, string made, bool changed)
    {
        var path = FileWith(inFile);
        var before = File.GetLastWriteTimeUtc(path).AddDays(-1);
        File.SetLastWriteTimeUtc(path, before);

        var rewrite = new RewriteWhereChanged(path);
        using (rewrite)
        {
            rewrite.Write(Encoding.UTF8.GetBytes(made));
        }

        Assert.Equal(made, File.ReadAllText(path));
        Assert.Equal(changed, rewrite.Changed);
        Assert.Equal(made.Length, rewrite.Length);
        if (!changed)
        {
            Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        }
    }

    [Theory]
    [InlineData("same", "same", false)]
    [InlineData("same", "different", true)]
    public void A_live_file_is_replaced_only_when_its_bytes_change_whether_made_whole_or_streamed(string inFile, string made, bool replaced)
    {
        var whole = FileWith(inFile);
        var streamed = FileWith(inFile);

        var wroteWhole = WriteSite.IfChanged(whole, Encoding.UTF8.GetBytes(made));
        var wroteStreamed = WriteSite.IfChanged(streamed, stream => stream.Write(Encoding.UTF8.GetBytes(made)));

        Assert.Equal(replaced, wroteWhole);
        Assert.Equal(replaced, wroteStreamed.Written);
        Assert.Equal(made, File.ReadAllText(whole));
        Assert.Equal(made, File.ReadAllText(streamed));
        Assert.Equal(2, Directory.EnumerateFiles(_folder).Count());
    }

    private string FileWith(string text) => FileWith(Encoding.UTF8.GetBytes(text));

    private string FileWith(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
