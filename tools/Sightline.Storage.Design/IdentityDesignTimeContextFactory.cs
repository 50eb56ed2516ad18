using Microsoft.EntityFrameworkCore.Design;
using Sightline.Storage.Identity;

namespace Sightline.Storage.Design;

/// <summary>
/// Gives <c>dotnet ef</c> the accounts context (<see cref="SightlineIdentityDbContext"/>) for the
/// engine named after <c>--</c>, with the same options as at run time (<see cref="IdentityStorage.Configure"/>):
/// <code>
/// dotnet ef migrations add NAME --context SightlineIdentityDbContext --project src/Sightline.Storage.Sqlite \
///   --startup-project tools/Sightline.Storage.Design --output-dir IdentityMigrations -- --provider sqlite
/// </code>
/// </summary>
public sealed class IdentityDesignTimeContextFactory : IDesignTimeDbContextFactory<SightlineIdentityDbContext>
{
    /// <inheritdoc/>
    public SightlineIdentityDbContext CreateDbContext(string[] args) =>
        new(IdentityStorage.BuildOptions(DesignTimeDatabase.For(args)));
}
