<#--
  The frame of a province document, laid out as Nghị định 30/2020/NĐ-CP asks: issuing body top
  left, national motto top right, place and date under it, the body, then recipients bottom left
  and the signature bottom right. Printed on A4 portrait.

  `doc` is the model of vn.thidua.render.Letterhead; every text in it is already localized.
  Use it as:  <#import "layout.ftl" as layout> <@layout.document doc=doc title="…">…</@layout.document>
-->
<#macro document doc title>
<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  font-family: "Times New Roman", Times, "Liberation Serif", serif;
  font-size: 14pt; line-height: 1.25; color: #000; background: #fff; margin: 0;
}
/* On screen, a sheet of paper with the print margins; in print, the page box gives them. */
@media screen {
  html { background: #e8e8e8; }
  body { width: 165mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 4px #999; }
}
table.letterhead { width: 100%; border-collapse: collapse; }
.letterhead td { vertical-align: top; text-align: center; padding: 0; }
.letterhead .issuer { width: 42%; }
.letterhead .parent { font-size: 13pt; }
.letterhead .office { font-size: 13pt; font-weight: bold; }
.letterhead .country { font-size: 13pt; font-weight: bold; white-space: nowrap; }
.letterhead .motto { font-size: 14pt; font-weight: bold; }
/* The decree draws a short line under the issuing body and one as long as the motto under it. */
.rule { border-top: 1px solid #000; width: 30%; margin: 2pt auto 0; height: 0; }
.motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.letterhead .number { font-size: 13pt; white-space: pre; padding-top: 6pt; }
.letterhead .place-date { font-style: italic; padding-top: 6pt; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
.subject { font-weight: bold; text-align: center; margin: 0; text-indent: 0; }
.subject + .rule { margin-bottom: 12pt; }
p { margin: 6pt 0; text-align: justify; text-indent: 10mm; }
h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 14pt; font-weight: bold; font-style: italic; margin: 6pt 0 3pt; break-after: avoid; page-break-after: avoid; }
/* Lists in administrative documents are dashed, not bulleted. */
ul { margin: 3pt 0 6pt; padding-left: 10mm; list-style-type: "- "; }
li { margin: 2pt 0; text-align: justify; break-inside: avoid; page-break-inside: avoid; }
/* Tables of figures: 11pt so that a dozen columns fit the width of a portrait page. */
table.grid { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.2; margin: 6pt 0 9pt; }
.grid th, .grid td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
.grid th { font-weight: bold; text-align: center; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; page-break-inside: avoid; }
.grid td.no, .grid td.text, .grid td.status { text-align: center; }
/* Unit names stay on two lines at most, however many figures share the row. */
.grid td.name { min-width: 30mm; }
.grid td.num { text-align: right; white-space: nowrap; }
.grid tr.total td { font-weight: bold; }
/* Recipients and signature print together, and never open a page alone: they stay with the text
   before them, so the signed page always holds some of what is signed. */
table.closing { width: 100%; border-collapse: collapse; margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.closing td { vertical-align: top; padding: 0; }
.closing .recipients { width: 50%; font-size: 11pt; }
.closing .recipients b { font-size: 12pt; font-style: italic; }
.closing .signature { text-align: center; font-weight: bold; }
/* Room for the signature and the seal. */
.closing .sign-space { height: 30mm; }
<#nested "style">
</style>
</head>
<body>
<table class="letterhead">
<tr>
<td class="issuer">
<div class="parent">${doc.parent}</div>
<div class="office">${doc.office}</div>
<div class="rule"></div>
</td>
<td class="nation">
<div class="country">${doc.country}</div>
<div class="motto"><span>${doc.motto}</span></div>
</td>
</tr>
<tr>
<td class="number">${doc.number}</td>
<td class="place-date">${doc.placeDate}</td>
</tr>
</table>
<#nested "body">
<table class="closing">
<tr>
<td class="recipients">
<b>${doc.recipientsTitle}</b><br>
<#list doc.recipients as r>${r}<#sep><br>
</#list>

</td>
<td class="signature">
<div>${doc.signFor}</div>
<div>${doc.signTitle}</div>
<div class="sign-space"></div><#if doc.signer?has_content>
<div class="signer">${doc.signer}</div></#if>
</td>
</tr>
</table>
</body>
</html>
</#macro>
