using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Agencies;
using Sightline.Core.Intake;
using Sightline.Interop.Scenarios;
using Sightline.Storage;
using Sightline.Storage.Configuration;
using Sightline.Storage.Protocols;
using Sightline.Web.Accounts;
using Sightline.Web.Tests.Databases;

namespace Sightline.Web.Tests;

/// <summary>
/// The site over a fresh database holding the Hart family, the every-kind scenario and an agency
/// with no record of either, with the live protocols run over both before the site starts (its
/// scheduler then finds nothing due, so no test races it), and an account per <see cref="TestUsers"/>.
/// Bearer tokens are checked against a key the fixture makes; the clock stands still until a test
/// moves it. One site per test class.
/// </summary>
public abstract class SiteFixture(ITestDatabases databases) : IAsyncLifetime
{
    private readonly Dictionary<string, string> passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HttpClient> signedIn = new(StringComparer.Ordinal);
    private readonly List<HttpClient> clients = [];
    private StorageOptions? database;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public MovableClock Clock { get; } = new(MovableClock.Monday);

    public TestTokens Tokens { get; } = new();

    /// <summary>A signed-in practitioner of the Harts' children's social care.</summary>
    public HttpClient Client => signedIn["csc"];

    /// <summary>A signed-in practitioner of the every-kind scenario's children's social care.</summary>
    public HttpClient EveryKindClient => signedIn["westford"];

    /// <summary>The every-kind scenario as stored.</summary>
    public IntakeBatch EveryKind { get; } = ScenarioBatch.ToIntakeBatch(
        ScenarioReader.Read(Path.Combine(AppContext.BaseDirectory, "Scenarios", "every-kind.json")).Scenario
        ?? throw new InvalidOperationException("every-kind.json does not read."));

    /// <summary>The site settings of this fixture, for a test that builds a variant of the site.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        database = await databases.CreateAsync();
        var police = new IntakeBatch { Agencies = [new Agency(TestUsers.Police, "Eastbrook Police", AgencyKind.Police, "Eastbrook")] };
        await StoreAsync(database, HartFamily.Batch(), EveryKind, police);
        var (name, value) = databases.SiteSetting(database);
        Settings = new Dictionary<string, string>
        {
            [name] = value,
            ["Sightline:Jwt:Issuer"] = TestTokens.Issuer,
            ["Sightline:Jwt:Audience"] = TestTokens.Audience,
            ["Sightline:Jwt:SigningKey"] = Tokens.SigningKey,
            // Many sign-ins from one test address; the rate limits have a test of their own.
            ["Sightline:RateLimits:SignInPerAddress"] = "100000",
            ["Sightline:RateLimits:SignInPerUser"] = "100000",
        };
        Factory = Site(Settings);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<SiteAccounts>();
            foreach (var user in TestUsers.All)
            {
                passwords[user.Name] = await accounts.CreateAsync(user.Name, user.Agency, [user.Role]);
            }
        }
        foreach (var user in new[] { "csc", "westford" })
        {
            signedIn[user] = await SignInAsync(user);
        }
    }

    /// <summary>The site with these settings over this fixture's clock.</summary>
    public WebApplicationFactory<Program> Site(IReadOnlyDictionary<string, string> settings, string? environment = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(site =>
        {
            foreach (var (key, setting) in settings)
            {
                site.UseSetting(key, setting);
            }
            if (environment is not null)
            {
                site.UseEnvironment(environment);
            }
            site.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });

    /// <summary>The password made for a test user.</summary>
    public string PasswordOf(string user) => passwords[user];

    /// <summary>A client with no sign-in, following no redirects, over HTTPS (sign-in cookies are Secure there).</summary>
    public HttpClient Anonymous(WebApplicationFactory<Program>? site = null)
    {
        var client = (site ?? Factory).CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        clients.Add(client);
        return client;
    }

    /// <summary>A signed-in client of a test user, kept for the fixture's life.</summary>
    public async Task<HttpClient> ClientForAsync(string user)
    {
        if (!signedIn.TryGetValue(user, out var client))
        {
            client = await SignInAsync(user);
            signedIn[user] = client;
        }
        return client;
    }

    /// <summary>A new client, signed in as the user through the sign-in page.</summary>
    public async Task<HttpClient> SignInAsync(string user)
    {
        var client = Anonymous();
        using var response = await Forms.PostAsync(client, "/sign-in", new() { ["UserName"] = user, ["Password"] = passwords[user] });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {user}: {(int)response.StatusCode}");
        return client;
    }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await databases.DropAsync(database);
        }
        (databases as IDisposable)?.Dispose();
    }

    private async Task StoreAsync(StorageOptions storage, params IntakeBatch[] batches)
    {
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSightlineStorage(options =>
            {
                options.Provider = storage.Provider;
                options.ConnectionString = storage.ConnectionString;
            })
            .AddSightlineProtocols()
            .BuildServiceProvider();
        var store = services.GetRequiredService<SightlineStore>();
        var live = services.GetRequiredService<LiveProtocols>();
        await store.MigrateAsync();
        foreach (var batch in batches)
        {
            await store.StoreBatchAsync(batch);
            await live.RunAfterBatchAsync(batch);
        }
    }
}
