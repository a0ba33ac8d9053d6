using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vestnik.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ArticleSourceText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceText",
                table: "Articles",
                type: "TEXT",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceText",
                table: "Articles");
        }
    }
}
