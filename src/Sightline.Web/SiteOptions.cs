using Sightline.Core.Protocols;
using Sightline.Storage.Configuration;

namespace Sightline.Web;

/// <summary>How a host runs the site: which database, which addresses, which rules, which clock.</summary>
public sealed record SiteOptions
{
    /// <summary>
    /// The database. When null, <see cref="SiteDatabase.FromConfiguration"/> decides: the
    /// <c>Sightline:Sqlite</c> or <c>Sightline:Database</c> setting, else the storage rule
    /// (SQLite in <c>./data/sightline.db</c>, or PostgreSQL when <c>SIGHTLINE_DATABASE</c> is set).
    /// </summary>
    public StorageOptions? Storage { get; init; }

    /// <summary>The addresses to listen on, e.g. <c>http://127.0.0.1:5080</c>; when empty, ASP.NET Core's own settings decide.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The rules, calendar and settings the live protocols run; the contract's defaults unless a partnership policy says otherwise.</summary>
    public ProtocolEngine Engine { get; init; } = ProtocolEngine.Default;

    /// <summary>The clock for "today" on every page and for stamping stored events.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
