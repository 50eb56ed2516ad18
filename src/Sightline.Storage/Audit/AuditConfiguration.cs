using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Storage.Schema;

namespace Sightline.Storage.Audit;

/// <summary>Maps the audit log: <see cref="AuditEntryRow"/> to <c>audit_entries</c> and <see cref="AuditHeadRow"/> to <c>audit_chain_head</c>.</summary>
/// <param name="sqlite">True on SQLite, which has no timestamp type: instants are stored as UTC ticks there.</param>
internal sealed class AuditConfiguration(bool sqlite) : IEntityTypeConfiguration<AuditEntryRow>, IEntityTypeConfiguration<AuditHeadRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        var at = builder.Property(e => e.At).HasColumnName("at");
        if (sqlite)
        {
            at.HasConversion(new UtcTicksConverter());
        }
        builder.Property(e => e.Actor).HasColumnName("actor");
        builder.Property(e => e.AgencyId).HasColumnName("agency_id");
        builder.Property(e => e.Role).HasColumnName("role");
        builder.Property(e => e.Action).HasColumnName("action");
        builder.Property(e => e.PersonId).HasColumnName("person_id");
        builder.Property(e => e.What).HasColumnName("what");
        builder.Property(e => e.Why).HasColumnName("why");
        builder.Property(e => e.FromAddress).HasColumnName("from_address");
        builder.Property(e => e.PreviousHash).HasColumnName("previous_hash").HasMaxLength(AuditHash.Length);
        builder.Property(e => e.Hash).HasColumnName("hash").HasMaxLength(AuditHash.Length);
        // A record's access history: its entries, newest first, from the index alone. No foreign
        // keys: a refused look-up of an id that does not exist must still be recorded.
        builder.HasIndex(e => new { e.PersonId, e.Sequence }).HasDatabaseName("ix_audit_entries_person");
    }

    public void Configure(EntityTypeBuilder<AuditHeadRow> builder)
    {
        builder.ToTable("audit_chain_head", t => t.HasCheckConstraint("ck_audit_chain_head_one_row", $"id = {AuditChain.HeadId}"));
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(h => h.LastSequence).HasColumnName("last_sequence");
        builder.Property(h => h.LastHash).HasColumnName("last_hash").HasMaxLength(AuditHash.Length);
        // The head exists from the migration on, so the first append has a row to lock.
        builder.HasData(new AuditHeadRow { Id = AuditChain.HeadId, LastSequence = 0, LastHash = AuditHash.Genesis });
    }
}
