using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdentityResolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resolved_id",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "surname_key",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "identity_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_id = table.Column<string>(type: "TEXT", nullable: false),
                    other_record_id = table.Column<string>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", nullable: false),
                    probability = table.Column<double>(type: "REAL", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    linked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    linked_by = table.Column<string>(type: "TEXT", nullable: false),
                    unlinked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    unlinked_by = table.Column<string>(type: "TEXT", nullable: true),
                    unlink_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_id = table.Column<string>(type: "TEXT", nullable: false),
                    other_record_id = table.Column<string>(type: "TEXT", nullable: false),
                    probability = table.Column<double>(type: "REAL", nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_reviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_persons_postcode",
                table: "persons",
                column: "postcode");

            migrationBuilder.CreateIndex(
                name: "ix_persons_resolved_id",
                table: "persons",
                column: "resolved_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_surname_key",
                table: "persons",
                column: "surname_key");

            migrationBuilder.CreateIndex(
                name: "ix_identity_links_other_record",
                table: "identity_links",
                column: "other_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_links_record",
                table: "identity_links",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_identity_reviews_outcome",
                table: "identity_reviews",
                column: "outcome");

            migrationBuilder.CreateIndex(
                name: "ux_identity_reviews_pair",
                table: "identity_reviews",
                columns: new[] { "record_id", "other_record_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_links");

            migrationBuilder.DropTable(
                name: "identity_reviews");

            migrationBuilder.DropIndex(
                name: "ix_persons_postcode",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_resolved_id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "ix_persons_surname_key",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "resolved_id",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "surname_key",
                table: "persons");
        }
    }
}
