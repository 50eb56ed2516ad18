using Microsoft.EntityFrameworkCore;
using Sightline.Storage.Access;
using Sightline.Storage.Audit;
using Sightline.Storage.Configuration;
using Sightline.Storage.Schema;

namespace Sightline.Storage;

/// <summary>
/// The Sightline database: agencies, persons with their history facts, relationships, households
/// as first known, the append-only event log with its subject index, and what the live protocols
/// derive from it (alerts, open obligations, case runs, plan flags and the households they flag),
/// agencies' responses to alerts, the audit chain and
/// break-glass grants. The tables are reached
/// through <see cref="SightlineStore"/>; the context is public so that the per-provider migrations
/// assemblies (<c>Sightline.Storage.Sqlite</c>, <c>Sightline.Storage.PostgreSql</c>) can target it.
/// </summary>
/// <param name="options">Options built by <see cref="StorageServiceCollectionExtensions.AddSightlineStorage"/>
/// or <see cref="StorageOptions.BuildContextOptions"/>.</param>
public sealed class SightlineDbContext(DbContextOptions<SightlineDbContext> options) : DbContext(options)
{
    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseEventLogChanges();
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseEventLogChanges();
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var households = new HouseholdConfiguration();
        var events = new EventConfiguration();
        var alerts = new AlertConfiguration();
        var audit = new AuditConfiguration(Database.IsSqlite());
        modelBuilder
            .ApplyConfiguration(new AgencyConfiguration())
            .ApplyConfiguration(new PersonConfiguration())
            .ApplyConfiguration(new HistoryFactConfiguration())
            .ApplyConfiguration(new RelationshipConfiguration())
            .ApplyConfiguration<HouseholdRow>(households)
            .ApplyConfiguration<HouseholdMemberRow>(households)
            .ApplyConfiguration<EventRow>(events)
            .ApplyConfiguration<EventSubjectRow>(events)
            .ApplyConfiguration<EventLinkRow>(events)
            .ApplyConfiguration<AlertRow>(alerts)
            .ApplyConfiguration<AlertSubjectRow>(alerts)
            .ApplyConfiguration<AlertRecipientRow>(alerts)
            .ApplyConfiguration<ObligationRow>(alerts)
            .ApplyConfiguration<CaseRunRow>(alerts)
            .ApplyConfiguration<PlanFlagRow>(alerts)
            .ApplyConfiguration<HouseholdPlanRow>(alerts)
            .ApplyConfiguration(new AlertActionConfiguration(Database.IsSqlite()))
            .ApplyConfiguration<AuditEntryRow>(audit)
            .ApplyConfiguration<AuditHeadRow>(audit)
            .ApplyConfiguration(new BreakGlassGrantConfiguration(Database.IsSqlite()))
            .ApplyConfiguration<IdentityLinkRow>(new IdentityConfiguration(Database.IsSqlite()))
            .ApplyConfiguration<IdentityReviewRow>(new IdentityConfiguration(Database.IsSqlite()));

        if (Database.IsSqlite())
        {
            modelBuilder.Entity<EventRow>().Property(e => e.RecordedAt).HasConversion(new UtcTicksConverter());
            modelBuilder.Entity<AlertRow>().Property(a => a.RecordedAt).HasConversion(new UtcTicksConverter());
            modelBuilder.Entity<CaseRunRow>().Property(r => r.RunAt).HasConversion(new UtcTicksConverter());
        }
    }

    /// <summary>
    /// The event log is append-only: a correction is a new event. Refusing here catches a
    /// mistaken update or delete before it reaches the database.
    /// </summary>
    private void RefuseEventLogChanges()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Any(e => e.Entity is EventRow or EventSubjectRow or EventLinkRow);
        if (changed)
        {
            throw new InvalidOperationException("The event log is append-only: events are never updated or deleted; record a correction as a new event.");
        }
    }

    /// <summary>
    /// Audit entries, break-glass grants and responses to alerts are append-only too: an entry is
    /// never rewritten, a grant lapses rather than being edited and an acknowledgement stands, so
    /// what the access history and an alert show is what happened.
    /// </summary>
    private void RefuseAuditChanges()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Any(e => e.Entity is AuditEntryRow or BreakGlassGrantRow or AlertActionRow);
        if (changed)
        {
            throw new InvalidOperationException("The audit log, break-glass grants and responses to alerts are append-only: they are never updated or deleted.");
        }
    }
}
