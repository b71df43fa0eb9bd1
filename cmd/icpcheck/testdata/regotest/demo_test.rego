package demo_test

import data.demo

test_alibaba_cloud_approved if {
	demo.approved("alibaba-cloud")
}

# fails on purpose: the golden output shows a failure
test_aws_approved if {
	demo.approved("aws")
}
