using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Agencies;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Web.Access;
using Sightline.Web.Accounts;

namespace Sightline.Cli.Hosting;

/// <summary>
/// The demo's accounts: a practitioner for every agency in the database (named after it:
/// <c>aldermere-hv</c> for <c>demo.aldermere-hv</c>), and one safeguarding lead, one analyst and
/// one administrator (<c>lead</c>, <c>analyst</c>, <c>admin</c>) of the first children's social care;
/// an emergency department's practitioner (<c>aldermere-ed</c>) is the demo's unscheduled-care user.
/// Each gets a random password when made, written to the logins file and shown once. On later
/// runs the same accounts are kept; only an account missing from the database or the file is
/// (re)made with a new password.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>Up to this many logins are printed in full; beyond it, a few and the file's path.</summary>
    private const int PrintedInFull = 8;

    private const string DemoPrefix = "demo.";

    public static async Task<IReadOnlyList<string>> EnsureAsync(IServiceProvider services, StorageOptions database, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<SiteAccounts>();
        var agencies = await scope.ServiceProvider.GetRequiredService<SightlineStore>().ListAgenciesAsync(cancellationToken);
        var file = DemoLoginsFile.For(database);
        var known = await DemoLoginsFile.ReadAsync(file, cancellationToken);
        var logins = new List<DemoLogin>();
        var made = new List<DemoLogin>();
        foreach (var wanted in Wanted(agencies))
        {
            if (known.TryGetValue(wanted.UserName, out var listed) && await accounts.ExistsAsync(wanted.UserName))
            {
                logins.Add(listed);
                continue;
            }
            var password = await accounts.ResetPasswordAsync(wanted.UserName)
                ?? await accounts.CreateAsync(wanted.UserName, wanted.Agency, [wanted.Role]);
            var login = wanted with { Password = password };
            logins.Add(login);
            made.Add(login);
        }
        if (made.Count > 0)
        {
            await DemoLoginsFile.WriteAsync(file, logins, cancellationToken);
        }
        return Lines(logins, made, file);
    }

    /// <summary>What the demo says about signing in: the new logins (some, when there are many) and where all of them are.</summary>
    private static List<string> Lines(List<DemoLogin> logins, List<DemoLogin> made, string file)
    {
        if (made.Count == 0)
        {
            return [$"Logins: the {DemoLoginsFile.Count(logins.Count)} demo accounts are kept from the last run; user names and passwords are in {file}"];
        }
        var shown = made.Count <= PrintedInFull ? made : Highlights(made);
        var lines = new List<string>
        {
            made.Count == shown.Count
                ? $"Logins (new passwords, shown once; also in {file}):"
                : $"Logins: {DemoLoginsFile.Count(made.Count)} demo accounts made, one per agency; all of them, with passwords, are in {file}. Some of them:",
        };
        lines.AddRange(DemoLoginsFile.Table(shown).Select(line => $"  {line}"));
        return lines;
    }

    /// <summary>
    /// The lead, analyst and administrator, the practitioners of the first area's children's social
    /// care and health visiting, and of its emergency department (who checks flags at <c>/flag-check</c>).
    /// </summary>
    private static List<DemoLogin> Highlights(List<DemoLogin> made) =>
        made.Where(l => l.Role != SightlineRoles.Practitioner)
            .Concat(made.Where(l => l.UserName.EndsWith("-csc", StringComparison.Ordinal) || l.UserName.EndsWith("-hv", StringComparison.Ordinal)).Take(2))
            .Concat(made.Where(l => l.UserName.EndsWith("-ed", StringComparison.Ordinal)).Take(1))
            .ToList();

    private static IEnumerable<DemoLogin> Wanted(IReadOnlyList<Agency> agencies)
    {
        foreach (var agency in agencies.OrderBy(a => !a.Id.Value.StartsWith(DemoPrefix, StringComparison.Ordinal)).ThenBy(a => a.Id.Value, StringComparer.Ordinal))
        {
            yield return new DemoLogin(UserNameOf(agency.Id), agency.Id, SightlineRoles.Practitioner, null);
        }
        var home = agencies.Where(a => a.Kind == AgencyKind.ChildrensSocialCare)
            .OrderBy(a => !a.Id.Value.StartsWith(DemoPrefix, StringComparison.Ordinal))
            .ThenBy(a => a.Id.Value, StringComparer.Ordinal)
            .Select(a => a.Id)
            .Cast<AgencyId?>()
            .FirstOrDefault() ?? agencies.Select(a => a.Id).Cast<AgencyId?>().FirstOrDefault();
        if (home is not { } homeAgency)
        {
            yield break;
        }
        yield return new DemoLogin("lead", homeAgency, SightlineRoles.SafeguardingLead, null);
        yield return new DemoLogin("analyst", homeAgency, SightlineRoles.Analyst, null);
        yield return new DemoLogin("admin", homeAgency, SightlineRoles.Administrator, null);
    }

    private static string UserNameOf(AgencyId agency) =>
        agency.Value.StartsWith(DemoPrefix, StringComparison.Ordinal) ? agency.Value[DemoPrefix.Length..] : agency.Value;
}
