using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Pages.Admin.Import;

/// <summary>
/// Holds uploaded documents between the dry-run preview and the commit, in a temp folder per user and
/// random token. File names are only display labels: nothing a client sends ever becomes a path.
/// </summary>
public sealed partial class UploadStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    private readonly string root = Path.Combine(Path.GetTempPath(), "demandatlas-uploads");

    public sealed record Upload(string Name, byte[] Bytes);

    public async Task<string> SaveAsync(string userId, IReadOnlyList<Upload> uploads, CancellationToken cancellationToken)
    {
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var folder = Folder(userId, token);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < uploads.Count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{i:000}.bin"), uploads[i].Bytes, cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "names.json"), JsonSerializer.Serialize(uploads.Select(u => u.Name).ToList()), cancellationToken);
        return token;
    }

    /// <summary>The uploads for this user's token, or null when the token is unknown, expired or someone else's.</summary>
    public async Task<List<Upload>?> LoadAsync(string userId, string token, CancellationToken cancellationToken)
    {
        if (!TokenPattern().IsMatch(token))
        {
            return null;
        }

        var folder = Folder(userId, token);
        var manifest = Path.Combine(folder, "names.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        var names = JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(manifest, cancellationToken)) ?? [];
        var uploads = new List<Upload>();
        for (var i = 0; i < names.Count; i++)
        {
            uploads.Add(new Upload(names[i], await File.ReadAllBytesAsync(Path.Combine(folder, $"{i:000}.bin"), cancellationToken)));
        }

        return uploads;
    }

    public void Delete(string userId, string token)
    {
        if (TokenPattern().IsMatch(token) && Directory.Exists(Folder(userId, token)))
        {
            Directory.Delete(Folder(userId, token), recursive: true);
        }
    }

    // User ids are hashed so the folder name never depends on what an id contains.
    private string Folder(string userId, string token) =>
        Path.Combine(root, Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userId)))[..32], token);

    private void Sweep()
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories))
        {
            // The file system stamps folders with the system clock, so age is measured on it too.
            if (DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) > Lifetime)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{48}$")]
    private static partial Regex TokenPattern();
}
