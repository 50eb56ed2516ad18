using System.Text.RegularExpressions;

namespace Sightline.Cli.Tests;

/// <summary>The demo's logins file beside a test database, and signing in with what it holds.</summary>
public static partial class DemoLogins
{
    public static string File(string database) => Path.Combine(Path.GetDirectoryName(database)!, "demo-logins.txt");

    /// <summary>The practitioners' user names and passwords.</summary>
    public static IReadOnlyList<(string User, string Password)> Read(string database) =>
        System.IO.File.ReadAllLines(File(database))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 4 && fields[2] == "practitioner")
            .Select(fields => (fields[0], fields[3]))
            .ToList();

    /// <summary>Signs in as each practitioner in turn until one's children list links to <paramref name="link"/>.</summary>
    public static async Task<bool> AnyPractitionerSeesAsync(Uri site, IEnumerable<(string User, string Password)> logins, string link)
    {
        foreach (var login in logins)
        {
            using var signedIn = await SignInAsync(site, login);
            if (signedIn.FirstPage.Contains(link, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A client signed in through the sign-in page, and the page it was sent to.</summary>
    public static async Task<SignedIn> SignInAsync(Uri site, (string User, string Password) login)
    {
        var client = new HttpClient { BaseAddress = site };
        var signIn = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = login.User, ["Password"] = login.Password, ["__RequestVerificationToken"] = Token().Match(signIn).Groups[1].Value,
        });
        using var landing = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), form);
        return new SignedIn(client, await landing.Content.ReadAsStringAsync());
    }

    /// <summary>A signed-in client and the first page it saw.</summary>
    public sealed record SignedIn(HttpClient Client, string FirstPage) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
