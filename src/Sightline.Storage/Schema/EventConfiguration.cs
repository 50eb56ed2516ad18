using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Schema;

/// <summary>
/// Maps the event log: <see cref="EventRow"/> to <c>events</c>, its subjects to
/// <c>event_subjects</c> and its family links to <c>event_links</c>.
/// </summary>
internal sealed class EventConfiguration :
    IEntityTypeConfiguration<EventRow>,
    IEntityTypeConfiguration<EventSubjectRow>,
    IEntityTypeConfiguration<EventLinkRow>
{
    public void Configure(EntityTypeBuilder<EventRow> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).HasColumnName("sequence").ValueGeneratedOnAdd();
        builder.Property(e => e.SourceAgencyId).HasColumnName("source_agency_id");
        builder.Property(e => e.SourceId).HasColumnName("source_id");
        builder.Property(e => e.Kind).HasColumnName("kind");
        builder.Property(e => e.Date).HasColumnName("date");
        builder.Property(e => e.AgencyId).HasColumnName("agency_id");
        // Text, not jsonb: the payload is kept byte for byte as EventJson wrote it.
        builder.Property(e => e.Payload).HasColumnName("payload");
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        // The event's identity: a batch sent twice is stored once, whoever races to store it.
        builder.HasIndex(e => new { e.SourceAgencyId, e.SourceId }).IsUnique().HasDatabaseName("ux_events_source");
        builder.HasIndex(e => e.Kind).HasDatabaseName("ix_events_kind");
        builder.HasOne<AgencyRow>().WithMany().HasForeignKey(e => e.SourceAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgencyRow>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Subjects).WithOne().HasForeignKey(s => s.EventSequence).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Links).WithOne().HasForeignKey(l => l.EventSequence).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EventSubjectRow> builder)
    {
        builder.ToTable("event_subjects");
        builder.HasKey(s => new { s.EventSequence, s.PersonId });
        builder.Property(s => s.EventSequence).HasColumnName("event_sequence");
        builder.Property(s => s.PersonId).HasColumnName("person_id");
        // A person's chronology: all their events, found without touching the log itself.
        builder.HasIndex(s => new { s.PersonId, s.EventSequence }).HasDatabaseName("ix_event_subjects_person");
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<EventLinkRow> builder)
    {
        builder.ToTable("event_links");
        builder.HasKey(l => new { l.EventSequence, l.PersonId, l.LinkedPersonId });
        builder.Property(l => l.EventSequence).HasColumnName("event_sequence");
        builder.Property(l => l.PersonId).HasColumnName("person_id");
        builder.Property(l => l.LinkedPersonId).HasColumnName("linked_person_id");
        builder.HasIndex(l => l.PersonId).HasDatabaseName("ix_event_links_person");
        builder.HasIndex(l => l.LinkedPersonId).HasDatabaseName("ix_event_links_linked_person");
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(l => l.LinkedPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
