package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Portal navigation, breadcrumb and footer lines against catalog lines that look alike. */
class WebChromeTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', textBlock = """
            您当前的位置：首页 > 政务公开 > 信息公开                  # true
            当前位置：首页 » 政务公开                                  # true
            首页 > 政务公开 > 基层政务公开标准目录                     # true
            首页 | 政务公开 | 互动交流 | 政务服务                      # true
            网站地图 | 联系我们 | 隐私声明                             # true
            主办单位：厦门市翔安区人民政府 承办单位：翔安区信息中心    # true
            闽ICP备05012345号 网站标识码：3502130001                   # true
            访问量：123456                                             # true
            【字号：大 中 小】 【打印本页】 【关闭窗口】                # true
            版权所有：某某县人民政府                                   # true
            香山街道义务教育领域基层政务公开标准目录                   # false
            无障碍环境建设领域基层政务公开标准目录                     # false
            填表人：张三 | 审核人：李四 | 填表日期：2024年3月          # false
            公开渠道：政府网站、政务微博、政务微信                     # false
            联系电话：0592-7888888                                     # false
            发文字号：翔政〔2024〕1号                                  # false
            备注：本目录每年更新一次。                                 # false
            """)
    void tellsChromeFromCatalogText(String line, boolean chrome) {
        assertEquals(chrome, VOCABULARY.chrome().isChrome(line));
    }
}
