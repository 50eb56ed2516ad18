using Sightline.Storage.Configuration;

namespace Sightline.Web.Tests.Databases;

/// <summary>Fresh, empty databases on one engine, and how to point the site at one of them.</summary>
public interface ITestDatabases
{
    /// <summary>Creates an empty database.</summary>
    Task<StorageOptions> CreateAsync();

    /// <summary>The site setting (name and value) that selects <paramref name="database"/>.</summary>
    (string Name, string Value) SiteSetting(StorageOptions database);

    /// <summary>Removes a database made by <see cref="CreateAsync"/>.</summary>
    Task DropAsync(StorageOptions database);
}
