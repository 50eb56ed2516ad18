using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Core.Relationships;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="RelationshipRow"/> to <c>relationships</c>.</summary>
internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<RelationshipRow>
{
    public void Configure(EntityTypeBuilder<RelationshipRow> builder)
    {
        builder.ToTable("relationships");
        builder.HasKey(r => new { r.FromPersonId, r.ToPersonId, r.Type });
        builder.Property(r => r.FromPersonId).HasColumnName("from_person_id");
        builder.Property(r => r.ToPersonId).HasColumnName("to_person_id");
        builder.Property(r => r.Type).HasColumnName("type").HasConversion(new WireEnumConverter<RelationshipType>());
        // The key serves look-ups from a person; this serves look-ups to one.
        builder.HasIndex(r => r.ToPersonId).HasDatabaseName("ix_relationships_to_person");
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(r => r.FromPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PersonRow>().WithMany().HasForeignKey(r => r.ToPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
