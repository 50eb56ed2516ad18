using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PersonPostcode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "postcode",
                table: "persons",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_born",
                table: "persons",
                column: "born");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_persons_born",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "postcode",
                table: "persons");
        }
    }
}
