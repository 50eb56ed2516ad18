using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Core.Agencies;

namespace Sightline.Storage.Schema;

/// <summary>Maps <see cref="AgencyRow"/> to <c>agencies</c>.</summary>
internal sealed class AgencyConfiguration : IEntityTypeConfiguration<AgencyRow>
{
    public void Configure(EntityTypeBuilder<AgencyRow> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.Name).HasColumnName("name");
        builder.Property(a => a.Kind).HasColumnName("kind").HasConversion(new WireEnumConverter<AgencyKind>());
        builder.Property(a => a.LocalAuthority).HasColumnName("local_authority");
        builder.Property(a => a.Phone).HasColumnName("phone");
        builder.Property(a => a.Email).HasColumnName("email");
        builder.Property(a => a.OutOfHoursPhone).HasColumnName("out_of_hours_phone");
        builder.HasIndex(a => new { a.LocalAuthority, a.Kind }).HasDatabaseName("ix_agencies_area_kind");
    }
}
