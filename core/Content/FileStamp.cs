namespace Archive.Core.Content;

/// <summary>
/// What a reload compares to tell that a file did not change since it was read: its length and last write time.
/// Both are what the file system reports without opening the file.
/// </summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc);
