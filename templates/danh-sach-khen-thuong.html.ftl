<#--
  danh-sach-khen-thuong.html: the province list of nominations for commendation of
  `thidua nominate`.

  Layout only. Every text arrives localized, every criterion mark, count and reason prepared; the
  model is built by vn.thidua.render.NominationHtml. Values are escaped as HTML automatically. To
  change the layout, copy this file (and layout.ftl, if the frame changes) into a folder and run
  `thidua nominate --templates FOLDER …`: a file found there wins.
-->
<#import "layout.ftl" as layout>
<@layout.document doc=doc title=title + " - " + subject; part>
<#if part == "style">
/* A column per criterion makes the tables wide: the list is printed on A4 landscape. */
@page { size: A4 landscape; }
@media screen {
  body { width: 252mm; }
}
.scope { font-style: italic; text-align: center; margin: 0; text-indent: 0; }
.scope + .rule { margin-bottom: 12pt; }
/* Column widths are set, not measured from the text: the action takes what the others leave. */
table.nominations { table-layout: fixed; }
.grid td { vertical-align: top; }
.grid td.no, .grid td.mark, .grid td.met, .grid td.result { text-align: center; }
col.no { width: 3.5%; }
col.unit { width: 11%; }
col.name { width: 13%; }
col.position { width: 12%; }
col.mark { width: 3.6%; }
col.met { width: 6%; }
col.result { width: 8%; }
col.reasons { width: 13%; }
.grid tr.ineligible td.result { font-weight: bold; }
.grid .duplicate { font-style: italic; font-size: 10pt; margin-top: 2pt; }
.grid ul { margin: 0; padding-left: 3mm; }
.grid li { margin: 0; text-align: left; }
.criteria .code { font-weight: bold; }
<#else>
<h1>${title}</h1>
<p class="subject">${subject}</p>
<p class="scope">${scope}</p>
<div class="rule"></div>

<#list parts as p>
<section class="part" id="${p.id}">
<h2>${p.numeral}. ${p.title}</h2>
<#if p.rows?has_content>
<table class="grid nominations">
<colgroup>
<col class="no"><col class="unit"><col class="name"><#if p.position><col class="position"></#if><col class="action"><#list p.criteria as c><col class="mark"></#list><col class="met"><#if judged><col class="result"><col class="reasons"></#if>
</colgroup>
<thead>
<#list p.head as row>
<tr><#list row as th><th<#if th.colspan gt 1> colspan="${th.colspan}"</#if><#if th.rowspan gt 1> rowspan="${th.rowspan}"</#if>>${th.text}</th></#list></tr>
</#list>
</thead>
<tbody>
<#list p.rows as r>
<tr class="nomination ${r.eligible?then("eligible", "ineligible")}" data-unit="${r.unit}">
<td class="no">${r.no}</td>
<td class="unit">${r.unitName}</td>
<td class="name">${r.name}<#if r.duplicate?has_content><div class="duplicate">${r.duplicate}</div></#if></td>
<#if p.position>
<td class="position">${r.position}</td>
</#if>
<td class="action">${r.action}</td>
<#list r.marks as mark><td class="mark">${mark}</td></#list>
<td class="met">${r.met}</td>
<#if judged>
<td class="result">${r.result}</td>
<td class="reasons"><#if r.reasons?has_content><ul><#list r.reasons as reason><li>${reason}</li></#list></ul></#if></td>
</#if>
</tr>
</#list>
</tbody>
</table>
<#else>
<p class="none">${none}</p>
</#if>
</section>
</#list>

<section id="legend">
<h2>${legend.title}</h2>
<#list legend.kinds as k>
<h3>${k.title}</h3>
<ul class="criteria" data-kind="${k.id}">
<#list k.criteria as c>
<li><span class="code">${c.code}</span>: <span class="text">${c.text}</span></li>
</#list>
</ul>
</#list>
</section>

<section id="counts">
<h2>${counts.title}</h2>
<p class="total">${counts.total}</p>
<ul>
<#list counts.kinds as line>
<li>${line}</li>
</#list>
</ul>
</section>
</#if>
</@layout.document>
