using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Schema;

/// <summary>The tables identity resolution writes: links between records and the review list.</summary>
internal sealed class IdentityConfiguration(bool sqlite) : IEntityTypeConfiguration<IdentityLinkRow>, IEntityTypeConfiguration<IdentityReviewRow>
{
    public void Configure(EntityTypeBuilder<IdentityLinkRow> builder)
    {
        builder.ToTable("identity_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(l => l.RecordId).HasColumnName("record_id");
        builder.Property(l => l.OtherRecordId).HasColumnName("other_record_id");
        builder.Property(l => l.Method).HasColumnName("method");
        builder.Property(l => l.Probability).HasColumnName("probability");
        builder.Property(l => l.Evidence).HasColumnName("evidence");
        Instant(builder.Property(l => l.LinkedAt).HasColumnName("linked_at"));
        builder.Property(l => l.LinkedBy).HasColumnName("linked_by");
        Instant(builder.Property(l => l.UnlinkedAt).HasColumnName("unlinked_at"));
        builder.Property(l => l.UnlinkedBy).HasColumnName("unlinked_by");
        builder.Property(l => l.UnlinkReason).HasColumnName("unlink_reason");
        builder.HasIndex(l => l.RecordId).HasDatabaseName("ix_identity_links_record");
        builder.HasIndex(l => l.OtherRecordId).HasDatabaseName("ix_identity_links_other_record");
    }

    public void Configure(EntityTypeBuilder<IdentityReviewRow> builder)
    {
        builder.ToTable("identity_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(r => r.RecordId).HasColumnName("record_id");
        builder.Property(r => r.OtherRecordId).HasColumnName("other_record_id");
        builder.Property(r => r.Probability).HasColumnName("probability");
        builder.Property(r => r.Evidence).HasColumnName("evidence");
        Instant(builder.Property(r => r.RaisedAt).HasColumnName("raised_at"));
        builder.Property(r => r.Outcome).HasColumnName("outcome");
        Instant(builder.Property(r => r.DecidedAt).HasColumnName("decided_at"));
        builder.Property(r => r.DecidedBy).HasColumnName("decided_by");
        // The arriving record, then the one known before it; RecordResolution checks both orders.
        builder.HasIndex(r => new { r.RecordId, r.OtherRecordId }).IsUnique().HasDatabaseName("ux_identity_reviews_pair");
        builder.HasIndex(r => r.Outcome).HasDatabaseName("ix_identity_reviews_outcome");
    }

    // SQLite cannot order DateTimeOffset values; ticks in UTC can be.
    private void Instant<T>(PropertyBuilder<T> property)
    {
        if (sqlite)
        {
            property.HasConversion(new UtcTicksConverter());
        }
    }
}
