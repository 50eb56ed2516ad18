namespace Sightline.Cli.Tests.Databases;

/// <summary>Fresh, empty databases on one engine, for commands run as child processes.</summary>
public interface ITestDatabases
{
    /// <summary>Creates an empty database.</summary>
    Task<ImportDatabase> CreateAsync();

    /// <summary>Removes a database made by <see cref="CreateAsync"/>.</summary>
    Task DropAsync(ImportDatabase database);
}
