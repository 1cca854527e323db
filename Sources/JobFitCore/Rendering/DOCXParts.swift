/// The fixed and nearly fixed parts of the DOCX package.
enum DOCXParts {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// `[Content_Types].xml`.
    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="\(wordML).document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="\(wordML).styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="\(wordML).numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="\(wordML).settings+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """

    /// `_rels/.rels`.
    static let packageRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(officeRelationship)/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
            Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="\(officeRelationship)/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """

    /// `docProps/core.xml`: title, author, keywords and language; no dates, so output is reproducible.
    static func coreProperties(_ metadata: ResumeLayout.Metadata) -> String {
        let keywords = metadata.keywords.map(RenderText.line).filter { !$0.isEmpty }.joined(separator: ", ")
        return declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(RenderText.xml(RenderText.line(metadata.title)))</dc:title>\
            <dc:subject>Resume</dc:subject>\
            <dc:creator>\(RenderText.xml(RenderText.line(metadata.author)))</dc:creator>\
            <cp:keywords>\(RenderText.xml(keywords))</cp:keywords>\
            <dc:language>\(RenderText.xml(RenderText.line(metadata.language)))</dc:language>\
            <cp:lastModifiedBy>\(RenderText.xml(RenderText.line(metadata.author)))</cp:lastModifiedBy>\
            </cp:coreProperties>
            """
    }

    /// `docProps/app.xml`.
    static let appProperties =
        declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
            xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
            <Application>JobFit</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
            <LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>\
            <HyperlinksChanged>false</HyperlinksChanged><AppVersion>1.0000</AppVersion></Properties>
            """

    /// `word/settings.xml`.
    static let settings =
        declaration + """
            <w:settings xmlns:w="\(wordNamespace)"><w:defaultTabStop w:val="720"/>\
            <w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
            <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
            </w:compat></w:settings>
            """

    /// `word/numbering.xml`: one bullet list definition (numId 1), levels 0 and 1.
    static let numbering =
        declaration + """
            <w:numbering xmlns:w="\(wordNamespace)"><w:abstractNum w:abstractNumId="0">\
            <w:multiLevelType w:val="hybridMultilevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>\
            <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="357" w:hanging="227"/></w:pPr></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/>\
            <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="714" w:hanging="227"/></w:pPr></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """

    /// `word/styles.xml`: Normal, Title, Subtitle, Heading 1 and 2 (outline levels 0 and 1), the
    /// contact line, the entry meta line, compact entries, List Bullet and Hyperlink.
    static func styles(_ style: DOCXStyle, language: String, page: DOCXPage) -> String {
        let font = #"<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>"#
        let lang = RenderText.xml(RenderText.line(language).isEmpty ? "en" : RenderText.line(language))
        let caps = style.capitalHeadings ? "<w:caps/>" : ""
        return declaration + """
            <w:styles xmlns:w="\(wordNamespace)">\
            <w:docDefaults><w:rPrDefault><w:rPr>\(font)<w:sz w:val="21"/><w:szCs w:val="21"/>\
            <w:lang w:val="\(lang)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
            <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:keepNext/>\
            <w:spacing w:after="40"/></w:pPr><w:rPr><w:b/><w:color w:val="\(style.accent)"/><w:sz w:val="40"/>\
            <w:szCs w:val="40"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:keepNext/>\
            <w:spacing w:after="40"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/>\
            </w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Contact"><w:name w:val="Contact"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
            <w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="\(style.rule)"/></w:pBdr>\
            <w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>\(caps)\
            <w:color w:val="\(style.accent)"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
            <w:tabs><w:tab w:val="right" w:pos="\(page.textWidth)"/></w:tabs>\
            <w:spacing w:before="140" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>\
            <w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="EntryMeta"><w:name w:val="Entry Meta"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="40"/></w:pPr><w:rPr><w:i/>\
            <w:color w:val="404040"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Compact"><w:name w:val="Compact"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="40"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:uiPriority w:val="36"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>\
            <w:spacing w:after="40"/><w:ind w:left="357" w:hanging="227"/></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
            <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:rPr><w:color w:val="0563C1"/>\
            <w:u w:val="single"/></w:rPr></w:style>\
            </w:styles>
            """
    }
}
