namespace DemandAtlas.Web.Data;

/// <summary>
/// Who is using a store. The site and every verb hold a shared lock on `STORE-lock` beside the store for as long as
/// they run; `restore` needs it exclusively, so it never replaces a store under a running site or import. The lock is
/// the operating system's (`flock` on Linux, share modes on Windows, as .NET maps FileShare), so it goes away with the
/// process however that ends: no stale lock file to clean up. The file itself stays; deleting it would let two
/// processes lock two different files of the same name.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream file;

    private StoreLock(FileStream file) => this.file = file;

    public static string PathFor(string database) => database + "-lock";

    /// <summary>Held by the site and the verbs; fails only while a restore holds the store.</summary>
    public static StoreLock Shared(string database)
    {
        try
        {
            // Read access: .NET takes a shared flock for FileShare other than None, and always can when not writing.
            return new StoreLock(new FileStream(PathFor(database), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(PathFor(database)))
        {
            throw new StoreException($"{database} is being restored by another process (it holds {PathFor(database)}); wait for the restore to finish.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw StoreFailures.Unwritable(database, e);
        }
    }

    /// <summary>The store to itself, or null while a site or verb is using it.</summary>
    public static StoreLock? TryExclusive(string database)
    {
        try
        {
            return new StoreLock(new FileStream(PathFor(database), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(PathFor(database)))
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
