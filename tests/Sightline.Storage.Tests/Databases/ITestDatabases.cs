using Sightline.Storage.Configuration;

namespace Sightline.Storage.Tests.Databases;

/// <summary>A source of fresh, empty databases on one engine, one per test.</summary>
public interface ITestDatabases
{
    /// <summary>Creates an empty database and returns the options that reach it.</summary>
    Task<StorageOptions> CreateAsync();

    /// <summary>Removes a database made by <see cref="CreateAsync"/>.</summary>
    Task DropAsync(StorageOptions database);
}
