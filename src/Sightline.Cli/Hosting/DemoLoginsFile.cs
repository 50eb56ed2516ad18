using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sightline.Core.Agencies;
using Sightline.Storage.Configuration;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The demo's logins file, <c>demo-logins.txt</c> beside the SQLite database (<c>./data</c> for
/// PostgreSQL): the only place the demo's passwords are kept, readable by its owner alone. The
/// <c>data</c> folder is ignored by git, so it never reaches the repository.
/// </summary>
internal static class DemoLoginsFile
{
    public const string FileName = "demo-logins.txt";

    /// <summary>The file for a database.</summary>
    public static string For(StorageOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var folder = database.Provider == StorageProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))
            : null;
        return Path.Combine(folder ?? Path.GetFullPath("data"), FileName);
    }

    /// <summary>The logins in the file, by user name; none when there is no file.</summary>
    public static async Task<Dictionary<string, DemoLogin>> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var logins = new Dictionary<string, DemoLogin>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(file))
        {
            return logins;
        }
        foreach (var line in await File.ReadAllLinesAsync(file, cancellationToken))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 4 && !line.StartsWith('#'))
            {
                logins[fields[0]] = new DemoLogin(fields[0], new AgencyId(fields[1]), fields[2], fields[3]);
            }
        }
        return logins;
    }

    /// <summary>Writes the logins, readable and writable by the current user only.</summary>
    public static async Task WriteAsync(string file, IReadOnlyList<DemoLogin> logins, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var text = new StringBuilder()
            .AppendLine("# Sightline demo logins: synthetic records only. Keep this file private; delete it with the database.")
            .AppendLine("# user-name agency role password");
        foreach (var line in Table(logins))
        {
            text.AppendLine(line);
        }
        await File.WriteAllTextAsync(file, "", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await File.WriteAllTextAsync(file, text.ToString(), cancellationToken);
    }

    /// <summary>The logins as aligned columns: user name, agency, role, password.</summary>
    public static IEnumerable<string> Table(IEnumerable<DemoLogin> logins)
    {
        var rows = logins.Select(l => new[] { l.UserName, l.Agency.Value, l.Role, l.Password ?? "" }).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        return rows.Select(r => string.Join("  ", r.Select((cell, i) => i < 3 ? cell.PadRight(widths[i]) : cell)).TrimEnd());
    }

    /// <summary>A count in words, for the summary lines.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
