using Microsoft.Extensions.DependencyInjection;
using Sightline.Storage.Configuration;
using Sightline.Web.Accounts;

namespace Sightline.Cli.Hosting;

/// <summary>What <c>serve</c> says about signing in: how many accounts the database has, and where the demo's logins are when it made them.</summary>
internal static class ServeLogins
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(IServiceProvider services, StorageOptions database, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SiteAccounts>().CountAsync(cancellationToken);
        var file = DemoLoginsFile.For(database);
        if (count == 0)
        {
            return ["Logins: this database has no accounts yet; ./sightline demo makes one per agency."];
        }
        return File.Exists(file)
            ? [$"Logins: {DemoLoginsFile.Count(count)} accounts; the demo's user names and passwords are in {file}"]
            : [$"Logins: {DemoLoginsFile.Count(count)} accounts."];
    }
}
