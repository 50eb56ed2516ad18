using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Core.Persons;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="HistoryFactRow"/> to <c>person_history_facts</c>.</summary>
internal sealed class HistoryFactConfiguration : IEntityTypeConfiguration<HistoryFactRow>
{
    public void Configure(EntityTypeBuilder<HistoryFactRow> builder)
    {
        builder.ToTable("person_history_facts");
        builder.HasKey(f => new { f.PersonId, f.Fact });
        builder.Property(f => f.PersonId).HasColumnName("person_id");
        builder.Property(f => f.Fact).HasColumnName("fact").HasConversion(new WireEnumConverter<HistoryFactKind>());
        builder.Property(f => f.KnownTo).HasColumnName("known_to");
    }
}
