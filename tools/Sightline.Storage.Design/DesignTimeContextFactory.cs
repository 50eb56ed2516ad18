using Microsoft.EntityFrameworkCore.Design;

namespace Sightline.Storage.Design;

/// <summary>
/// Gives <c>dotnet ef</c> a context for the engine named after <c>--</c>:
/// <c>-- --provider sqlite</c> or <c>-- --provider postgresql</c>. The options come from
/// <see cref="Configuration.StorageOptions.Configure"/>, so they name the same migrations assembly as at run
/// time. One factory serves both engines because EF keys design-time factories by context type
/// and refuses two for one context.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SightlineDbContext>
{
    /// <inheritdoc/>
    public SightlineDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.For(args).BuildContextOptions());
}
